# An unterminated single-quoted string.
print("start")
message = "hello
print(message)

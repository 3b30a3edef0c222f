# A syntax error after valid code: nothing runs.
print("this is not printed")
while True print("x")

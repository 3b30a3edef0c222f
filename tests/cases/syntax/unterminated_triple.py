# An unterminated triple-quoted string.
text = """never
closed
print(text)

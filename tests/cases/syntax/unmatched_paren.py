# An unmatched closing parenthesis.
print((1 + 2)))

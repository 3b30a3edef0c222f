# An error at module level after some output.
print("line one")
values = [1, 2, 3]
total = sum(values)
print("total", total)
values[10]
print("never printed")

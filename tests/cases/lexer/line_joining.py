# Explicit backslash joining and implicit joining inside brackets.
total = 1 + \
        2 + \
        3
print(total)
items = [
    1, 2,
    3,   # comment inside brackets
    4,
]
print(items)
d = {'a': 1,
     'b': 2}
print(d)
result = max(3,
             9,
             4)
print(result)
if total > 5 and \
   result > 5:
    print("both")

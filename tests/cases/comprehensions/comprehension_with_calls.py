# Comprehensions calling functions and methods.
names = ["  Ann ", "bob", " CY"]
print([n.strip().capitalize() for n in names])
print([str(i).zfill(3) for i in range(0, 30, 7)])
print([abs(v) for v in [-1, 2, -3]], [max(p) for p in [(1, 9), (5, 2)]])
print([f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())])

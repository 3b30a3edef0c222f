# sum of floats accumulates left to right.
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2, 3.0]), sum([-0.0]))

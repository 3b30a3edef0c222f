# Chained comparisons evaluate each operand once.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(1 == 1.0 == True, 3 > 2 > 1 > 0)
print(1 < 3 != 4, 1 < 3 == 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
print(0 < x <= 5, 0 <= x < 5)

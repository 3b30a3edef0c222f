# inf, -inf and nan: creation, repr and properties.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(float("-inf"), float("Infinity"), float("-INFINITY"), float("NaN"), float("-nan"))
print(inf == float("inf"), nan != nan, inf - 1 == inf)
print(1e308 * 10 == inf, -1e308 * 10 == -inf)
print(nan in [nan], [nan] == [nan])
x = nan
print(x == x, x is x)

# Arithmetic with inf and nan.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(1 / inf, -1 / inf, inf // 1, inf % 2)
print(max(1, inf), min(-inf, 0))
print(1e308 * 10, -1e308 * 10)

# Float literals: points, exponents, underscores.
print(1.0, 1., .5, 0.25)
print(1e3, 1E3, 1e-3, 1.5e+2, 2.5E-1)
print(1_000.000_1, 1_0e1_0)
print(0e0, 0.0, 00.5)
print(3.14159265358979323846)
print(1e308, 1e-308, 5e-324)
print(.1e1, 1.e1)

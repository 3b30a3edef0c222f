# Negative zero behaves like zero but keeps its sign in repr.
nz = -0.0
print(nz, repr(nz), nz == 0.0, 0.0 == -0.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(str(-0.0), format(-0.0, ".2f"), f"{-0.0:+}", round(-0.4))
print(abs(-0.0), -(0.0), 1 / float("inf") * -1)
print(int(-0.0), float("-0"), float("-0.0"))

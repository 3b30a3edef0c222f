# Attributes of floats.
x = 2.5
print(x.real, x.imag, x.conjugate())
print(type(x).__name__, isinstance(x, float), isinstance(1, float))
print(abs(-3.75), (-3.75).__abs__())
print(float.fromhex("0x1p-1"), float(".5e1"))
print(getattr(1.5, "real"), hasattr(1.5, "is_integer"))

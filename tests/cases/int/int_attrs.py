# Attributes and methods of int objects.
n = 42
print(n.real, n.imag, n.numerator, n.denominator)
print(n.conjugate(), (-5).__abs__(), n.as_integer_ratio())
print(int.__name__, type(n) is int, isinstance(n, int))
print(hasattr(7, "bit_length"), hasattr(7, "upper"))
print(getattr(5, "real"), getattr(True, "imag"))

# Imaginary literals and the repr of simple complex numbers.
print(1j, 2.5j, 0j)
print(repr(3J), repr(1e2j))
print(type(1j).__name__)
z = 1j
print(z.imag, z.real)
print(1 + 2j, 1.5 - 0.5j)
print((2j).imag + 1)

# String prefixes: r, b, rb, br, u, f, fr, rf in both cases.
x = 42
print(r'a\nb', R"c\td")
print(b'bytes', B"BYTES")
print(rb'\x00', bR'\n', Br'raw', BR'x\y')
print(u'unicode', U"also")
print(f'x={x}', F"{x + 1}")
print(fr'{x}\n', rf"\t{x}", Rf'{x}\\', fR"{x}")
print(type(b'').__name__, type(u'').__name__)

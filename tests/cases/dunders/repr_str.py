# __repr__ vs __str__: print and str use __str__ (falling back to __repr__), containers use __repr__.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"


class StrOnly:
    def __str__(self):
        return "just str"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: [r]})
print(f"{b} {b!r} {r} {r!s} {s}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object"), ascii(b))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str(BadRepr())
except TypeError as e:
    print("TypeError:", e)

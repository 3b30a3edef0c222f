# del obj.attr removes an instance attribute (exposing the class one), and messages when missing.
class Settings:
    theme = "light"

    def __init__(self):
        self.theme = "dark"
        self.size = 12


s = Settings()
print(s.theme, s.size)
del s.theme
print(s.theme)
del s.size
try:
    s.size
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.size
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.theme
except AttributeError as e:
    print("AttributeError:", e)
del Settings.theme
try:
    s.theme
except AttributeError as e:
    print("AttributeError:", e)
try:
    del (1).real
except AttributeError as e:
    print("AttributeError:", e)


class Holder:
    pass


h = Holder()
h.inner = Holder()
h.inner.leaf = "x"
del h.inner.leaf
print(hasattr(h.inner, "leaf"), hasattr(h, "inner"))

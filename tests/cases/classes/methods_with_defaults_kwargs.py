# Methods with defaults, *args, **kwargs, keyword-only and positional-only parameters.
class Formatter:
    def __init__(self, sep=", ", *, upper=False):
        self.sep = sep
        self.upper = upper

    def join(self, *items, end="", **opts):
        text = self.sep.join(str(i) for i in items) + end
        if opts.get("brackets"):
            text = "[" + text + "]"
        return text.upper() if self.upper else text

    def pick(self, a, /, b=2, *, c=3):
        return (a, b, c)


f = Formatter()
print(f.join(1, 2, 3), f.join("a", end="."), f.join(brackets=True))
print(Formatter("-", upper=True).join("x", "y", brackets=1))
print(f.pick(1), f.pick(1, c=9), f.pick(1, b=5))
args = ("p", "q")
kw = {"end": "!", "brackets": True}
print(f.join(*args, **kw))
try:
    f.pick(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Formatter(", ", True)
except TypeError as e:
    print("TypeError:", e)

# Errors around construction: __init__ returning a value, wrong arguments, arguments to a class without __init__.
class ReturnsValue:
    def __init__(self):
        return 42


class NeedsTwo:
    def __init__(self, a, b):
        self.a, self.b = a, b


class NoInit:
    pass


tests = [lambda: ReturnsValue(), lambda: NeedsTwo(1), lambda: NeedsTwo(1, 2, 3),
         lambda: NeedsTwo(1, c=2), lambda: NoInit(1), lambda: NeedsTwo(1, 2, a=3)]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(NeedsTwo(b=1, a=2).a)

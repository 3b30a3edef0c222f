# AttributeError messages.
tests = [lambda: (5).foo, lambda: "s".bar, lambda: None.x, lambda: [].push,
         lambda: {}.has_key, lambda: (1,).append, lambda: len.x]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
def f():
    pass
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)

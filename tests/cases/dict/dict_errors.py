# Assorted dict errors.
tests = [lambda: {}["k"], lambda: {}.pop("k"), lambda: {[]: 1},
         lambda: dict(1), lambda: {"a": 1} + {"b": 2}, lambda: {}.get(),
         lambda: dict.fromkeys(5)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)

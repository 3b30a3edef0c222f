# Errors with sets.
one = {1}
tests = [lambda: {[1, 2]}, lambda: set(5), lambda: {1}.remove(2),
         lambda: {1} < [1], lambda: set().pop(), lambda: one[0]]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)

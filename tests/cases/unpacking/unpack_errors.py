# Unpacking errors with star targets and non-iterables.
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def t1():
    a, *b, c = [1]
def t2():
    a, b = 1
def t3():
    a, b, c = "ab"
def t4():
    (a, b), c = "x", 1
def t5():
    a, b = [1, 2, 3, 4, 5]
for t in (t1, t2, t3, t4, t5):
    attempt(t)

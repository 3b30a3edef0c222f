# Unpacking error messages.
tests = []
def t1():
    a, b = [1, 2, 3]
def t2():
    a, b, c = (1,)
def t3():
    a, b = None
def t4():
    a, *b, c = [1]
def t5():
    (a, b), c = [1, 2, 3], 4
def t6():
    a, b = "abc"
for t in (t1, t2, t3, t4, t5, t6):
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

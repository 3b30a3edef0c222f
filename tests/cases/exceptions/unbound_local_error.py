# UnboundLocalError in several shapes.
x = 1
def a():
    x += 1
def b():
    print(y)
    y = 2
def c(flag):
    if flag:
        z = 3
    return z
for fn, args in ((a, ()), (b, ()), (c, (False,))):
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
print(c(True))

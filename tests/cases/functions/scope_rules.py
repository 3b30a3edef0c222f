# LEGB scope resolution.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
len_ = len
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"), len_("ab"))

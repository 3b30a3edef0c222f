# global and nonlocal in nested functions.
x = "global"
def outer():
    x = "outer"
    def set_global():
        global x
        x = "changed global"
    def set_outer():
        nonlocal x
        x = "changed outer"
    set_global()
    set_outer()
    return x
print(outer(), x)

# nonlocal rebinds a variable in the enclosing function.
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a = 2
        b = 2
        return a, b
    r = inner()
    return r, a, b
print(outer())
def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    return add, items
add, items = accumulator()
add(5)
add(7)
print(add(1), items)
def three_levels():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    mid()
    return v
print(three_levels())

# **kwargs preserves the order of keyword arguments.
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))
def merge(**kw):
    return kw
print(merge(x=1, **{"y": 2}), merge())

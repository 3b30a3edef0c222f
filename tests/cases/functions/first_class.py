# Functions as values: stored, passed and returned.
def double(x):
    return x * 2
def inc(x):
    return x + 1
ops = {"double": double, "inc": inc, "neg": lambda x: -x}
print([ops[name](5) for name in ["double", "inc", "neg"]])
def apply_all(fs, v):
    for f in fs:
        v = f(v)
    return v
print(apply_all([double, inc, double], 3), apply_all([], 3))
print(double.__name__, ops["neg"].__name__, callable(double))
f = double
print(f is double, f(21))

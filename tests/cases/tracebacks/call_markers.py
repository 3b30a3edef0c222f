# Markers under a call nested in another call.
def g(x):
    return x[5]
def f(v):
    return v
data = [1, 2, 3]
print("before")
f(g(data))

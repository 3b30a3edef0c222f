# Infinite recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def ok(n):
    return n if n == 0 else ok(n - 1)
print(ok(500))

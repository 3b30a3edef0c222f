# RecursionError is a RuntimeError and can be caught and recovered from.
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, RecursionError), e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))

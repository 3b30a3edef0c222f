# StopIteration from next() on exhausted iterators.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
try:
    next(iter({}))
except StopIteration:
    print("empty dict iterator")
m = map(str, [])
print(next(m, "default"))

# *args collects extra positional arguments into a tuple.
def total(*nums):
    return type(nums).__name__, sum(nums)
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
args = [4, 5, 6]
print(total(*args), head_tail(*args), head_tail(0, *args, 7))

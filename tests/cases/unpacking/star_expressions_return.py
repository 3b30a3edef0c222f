# Starred expressions in return and yield-free contexts.
def head_and_rest(seq):
    first, *rest = seq
    return first, rest
def combine(*parts):
    return [*parts[0], *parts[1]]
def concat(*lists):
    out = []
    for l in lists:
        out = [*out, *l]
    return out
print(head_and_rest([1, 2, 3]), combine([1], [2, 3]), concat([1], [], [2, 3]))
def pair():
    return *[1, 2], 3
print(pair())

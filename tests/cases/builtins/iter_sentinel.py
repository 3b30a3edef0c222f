# iter(callable, sentinel).
values = [3, 2, 1, 0, 5]
pos = [0]
def take():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(take, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))

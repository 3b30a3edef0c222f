# Lists are shared by reference.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
r = mutate(a)
print(a, r)
rows = [[]] * 3
rows[0].append("x")
print(rows)
cycle = [1]
cycle.append(cycle)
print(cycle, cycle[1][1][0])

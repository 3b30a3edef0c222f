# Augmented assignment to subscripts and list aliasing.
d = {'a': 1}
d['a'] += 10
d.setdefault('b', 0)
d['b'] -= 1
print(d)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] **= 2
print(lst)
alias = lst
lst += [4]
print(alias, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)

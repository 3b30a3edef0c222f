# In-place += and *= mutate the list object.
a = [1, 2]
alias = a
a += [3]
a += (4, 5)
a += "ab"
print(a, alias is a)
a *= 2
print(alias)
b = [1]
c = b
b = b + [2]
print(b, c)
z = [1, 2]
z *= 0
print(z)

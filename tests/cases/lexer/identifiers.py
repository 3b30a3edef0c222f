# Identifiers: underscores, digits, unicode letters.
_x = 1
__y = 2
x_1_ = 3
café = 4
日本 = 5
Ω = 6
print(_x, __y, x_1_, café, 日本, Ω)
names = [_x, café]
print(sum(names))
_ = 10
print(_)

# A class body runs once, top to bottom, in its own namespace that methods do not see.
print("before class")
x = "global x"


class Scope:
    print("class body runs")
    x = "class x"
    y = x + "!"
    doubled = [n * 2 for n in range(3)]
    squares = {n: n * n for n in range(3)}
    if len(doubled) > 2:
        big = True
    for i in range(2):
        last = i

    def method(self):
        return x


print("after class")
print(Scope.x, Scope.y, Scope.doubled, Scope.squares, Scope.big, Scope.last, Scope.i)
print(Scope().method())


class Hidden:
    factor = 10
    try:
        scaled = [factor * n for n in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first = [n for n in range(factor)][:2]


print(Hidden.scaled, Hidden.first)

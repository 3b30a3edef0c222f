# Without __eq__, instances compare by identity in ==, in, list.index and count.
class Token:
    def __init__(self, text):
        self.text = text


a = Token("x")
b = Token("x")
c = a
print(a == b, a == c, a != b, a is c)
items = [a, b, a]
print(items.count(a), items.count(b), items.index(b), b in items, Token("x") in items)
print(a == "x", a != 1)
d = {a: 1, b: 2}
print(d[a], d[b], len(d), d.get(Token("x"), "missing"))
print(len({a, b, c}))

# Containers show their elements with __repr__, also nested and inside f-strings.
class Tag:
    def __init__(self, name, attrs=None):
        self.name = name
        self.attrs = attrs or {}

    def __repr__(self):
        if self.attrs:
            return f"<{self.name} {self.attrs}>"
        return f"<{self.name}>"

    def __str__(self):
        return self.name.upper()


tags = [Tag("a", {"href": "/x"}), Tag("b")]
print(tags)
print(tuple(tags), {"first": tags[0]}, [[tags[1]], (tags[1],)])
print(f"{tags}", str(tags), f"{tags[0]}", f"{tags[0]!r}")
print(", ".join(map(str, tags)), ", ".join(map(repr, tags)))
nested = Tag("div", {"children": [Tag("p"), Tag("span")]})
print(nested, [nested])


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return "Recursive(" + repr(len(self.items)) + ")"


r = Recursive()
print(r.items, [r, r])
loop = [1]
loop.append([loop, Tag("x")])
print(loop)

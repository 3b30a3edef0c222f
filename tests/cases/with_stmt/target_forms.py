# The `as` target can be a tuple, an attribute or a subscript, like any assignment target.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *exc):
        return False


class Box:
    pass


with Pair() as (a, (b, c)):
    print(a, b, c)
box = Box()
with Pair() as box.value:
    print(box.value)
d = {}
with Pair() as d["key"]:
    pass
print(d)
with Pair() as (first, *rest):
    print(first, rest)
try:
    with Pair() as (x, y, z):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)

# __getitem__ receives slice objects (and tuples) for slice syntax.
class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
for key in (r[1:2], r[:5], r[::2], r[1:10:3], r[:], r["a":"b"], r[1:2, 3], r[..., 0]):
    print(repr(key))
s = r[2:8:2]
print(s.start, s.stop, s.step, s.indices(5))


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.items[key])
        return self.items[key]

    def __repr__(self):
        return f"Seq({self.items})"


q = Seq(range(10))
print(q[2:5], q[::-3], q[-2], q[1:8][::2], q[100:])

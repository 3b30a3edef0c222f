# __setitem__ and __delitem__, including slice keys and augmented subscript assignment.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "a"
g[1, 1] += "b"
print(g.render())
del g[0, 0]
print(g.render())
try:
    g[9, 9] = "x"
except IndexError as e:
    print("IndexError:", e)


class Log:
    def __setitem__(self, key, value):
        print("set", repr(key), value)

    def __delitem__(self, key):
        print("del", repr(key))


log = Log()
log[1:3] = [7, 8]
log[::2] = "xy"
del log[:4]
del log["k"], log[0]

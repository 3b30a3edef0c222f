# User objects as dict keys: identity-hashed by default, value-hashed with __eq__/__hash__.
class Cell:
    def __init__(self, r, c):
        self.r, self.c = r, c

    def __eq__(self, other):
        return (self.r, self.c) == (other.r, other.c)

    def __hash__(self):
        return hash((self.r, self.c))

    def __repr__(self):
        return f"Cell({self.r},{self.c})"


class Session:
    def __init__(self, user):
        self.user = user


board = {}
for r in range(2):
    for c in range(3):
        board[Cell(r, c)] = r * 3 + c
print(board[Cell(1, 2)], Cell(0, 0) in board, Cell(5, 5) in board, len(board))
print(board)
board[Cell(0, 0)] = "changed"
print(list(board.items())[:2])
s1, s2 = Session("ann"), Session("ann")
active = {s1: "t1", s2: "t2"}
print(len(active), active[s1], active[s2], active.get(Session("ann"), "no such session"))
del active[s1]
print([k.user for k in active], s2 in active)

# Conway's Game of Life on a small torus, using sets of live cells.
WIDTH, HEIGHT = 12, 8


def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}


def neighbours(cell):
    x, y = cell
    return [((x + dx) % WIDTH, (y + dy) % HEIGHT)
            for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, c in counts.items() if c == 3 or (c == 2 and cell in live)}


def render(live):
    return "\n".join(["".join(["#" if (x, y) in live else "." for x in range(WIDTH)])
                      for y in range(HEIGHT)])


board = parse([
    "............",
    "..#.........",
    "...#........",
    ".###........",
    "............",
    "........###.",
    "............",
    "............",
])
history = []
for gen in range(5):
    print(f"generation {gen}: {len(board)} alive")
    print(render(board))
    history.append(frozenset(board))
    board = step(board)
for gen in range(5, 60):
    board = step(board)
print("after 60 generations:", len(board), "alive, bounding box:",
      (min([x for x, _ in board]), min([y for _, y in board]),
       max([x for x, _ in board]), max([y for _, y in board])))
print("repeats earlier state:", frozenset(board) in history)

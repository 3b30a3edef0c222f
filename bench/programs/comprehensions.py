# Comprehensions: list, dict and set comprehensions with filters and nesting.
total = 0
for rep in range(60):
    squares = [i * i for i in range(20000) if i % 3]
    table = {i: s % 97 for i, s in enumerate(squares)}
    residues = {v for v in table.values()}
    grid = [[(r * c + rep) % 10 for c in range(60)] for r in range(60)]
    flat = [v for row in grid for v in row if v > 4]
    total += len(squares) + sum(table.values()) + len(residues) + sum(flat)
print(total)

# Several for clauses run as nested loops, left to right.
print([(x, y) for x in range(3) for y in range(2)])
print([x + y for x in "ab" for y in "12"])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2 == 0])

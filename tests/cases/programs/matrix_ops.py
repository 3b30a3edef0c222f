# Matrix operations with lists of lists: multiply, transpose, determinant, solve.
def mat_mul(a, b):
    cols = list(zip(*b))
    return [[sum([x * y for x, y in zip(row, col)]) for col in cols] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total


def solve(a, b):
    """Gauss-Jordan elimination with partial pivoting on floats."""
    n = len(a)
    aug = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                factor = aug[r][col]
                aug[r] = [v - factor * w for v, w in zip(aug[r], aug[col])]
    return [row[-1] for row in aug]


def show(name, m):
    print(name)
    for row in m:
        print("  [" + " ".join([f"{v:>6}" for v in row]) + " ]")


A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
B = [[1, 2], [0, 1], [5, -1]]
show("A", A)
show("A x B", mat_mul(A, B))
show("B^T", transpose(B))
print("A x I == A:", mat_mul(A, identity(3)) == A)
print("det(A) =", determinant(A), " det(I4) =", determinant(identity(4)))
print("det(4x4) =", determinant([[3, 2, 0, 1], [4, 0, 1, 2], [3, 0, 2, 1], [9, 2, 3, 1]]))
x = solve(A, [3, 5, 9])
print("solve A x = [3, 5, 9]:", [round(v, 6) for v in x])
print("check:", [round(sum([a * b for a, b in zip(row, x)]), 9) for row in A])
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("error:", e)
P = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(30):
    R = mat_mul(R, P)
print("fib(30) via matrix power:", R[0][1])

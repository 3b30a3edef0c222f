# Dict comprehensions.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["apple", "bob", "kayak", "level", "tree"]
print({w: w == w[::-1] for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: "xyz".count(c) for c in "xyzzy"})

# Set comprehensions.
print(sorted({n % 5 for n in range(20)}))
print(sorted({w[0] for w in ["apple", "avocado", "bean", "cherry"]}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print({n for n in [1, 1, 2]} == {1, 2}, len({c.lower() for c in "AaBbC"}))

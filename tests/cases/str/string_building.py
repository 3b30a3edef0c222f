# Building strings by join, +=, and format.
parts = []
for i in range(1, 6):
    parts.append(f"{i}^2={i * i}")
print("; ".join(parts))
acc = ""
for w in ["x", "y", "z"]:
    acc = acc + w + w.upper()
print(acc)
rows = ["|".join([str(r * c).rjust(3) for c in range(1, 5)]) for r in range(1, 4)]
print("\n".join(rows))

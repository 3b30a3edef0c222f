# Half-way cases for round() at several precisions.
for x in [0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 1.35]:
    print(x, round(x), round(x, 1), f"{x:.1f}", f"{x:.0f}")

# Float presentation types e E f F g G n %.
vals = [0.0, 1.0, -1.5, 1234.5678, 0.000012345, 1.5e20, float("inf"), float("nan")]
for v in vals:
    print(f"{v:e}|{v:E}|{v:f}|{v:F}|{v:g}|{v:G}|{v:n}|{v:%}")

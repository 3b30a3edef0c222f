# Precision for floats and strings.
x = 2 / 3
for p in range(0, 8, 2):
    print(f"{x:.{p}f} {x:.{p}e} {x:.{p}g} {x:.{p}%}")
print(f"{'truncate me':.5}|{'abc':.0}|{'abc':10.2}|")
print(f"{1234.5678:.2f} {0.000123456:.3g} {123456789:.3e}")

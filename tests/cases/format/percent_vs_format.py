# The same values with %, str.format and f-strings.
v = 1234.5678
print("%.2f" % v, "{:.2f}".format(v), f"{v:.2f}")
print("%10s|" % "hi", "{:>10}|".format("hi"), f"{'hi':>10}|")
print("%-10s|" % "hi", "{:<10}|".format("hi"), f"{'hi':<10}|")
print("%05d" % 42, "{:05d}".format(42), f"{42:05d}")
print("%e" % v, "{:e}".format(v), f"{v:e}")

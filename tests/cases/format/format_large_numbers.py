# Format specs applied to big ints and extreme floats.
big = 3 ** 100
print(f"{big:,}")
print(f"{big:.3e}", f"{big:x}"[:10], f"{-big:>60}")
print(f"{1e300:.2f}"[:10], f"{5e-324:.3e}", f"{1.7976931348623157e308:g}")
print(f"{2 ** 64:_b}"[:12], f"{10 ** 25:f}")

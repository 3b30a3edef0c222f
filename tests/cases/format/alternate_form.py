# The # alternate form for ints and floats.
for n in (0, 10, 255, -255):
    print(f"{n:#b} {n:#o} {n:#x} {n:#X} {n:#010x} {n:#_b}")
print(f"{3.0:#g} {3.0:g} {3.0:#.0f} {3.0:.0f} {1e10:#.3g}")

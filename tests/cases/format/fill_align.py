# Fill and alignment in format specs.
for spec in ["<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "=^11", "x<3", "^1"]:
    print(f"[{format('abc', spec)}]")
for spec in ["<8", ">8", "^8", "=8", "0=8", "*=8", "08"]:
    print(f"[{format(-42, spec)}]")

# str.format and format_map basics.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]}".format(["first", "second"]), "{d[key]}".format(d={"key": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{{}} {{{0}}}".format(5))
print("{0.real} {0.imag}".format(3))
print("{n:{w}d}|".format(n=42, w=6))
print("{x}-{x}".format_map({"x": "map"}))

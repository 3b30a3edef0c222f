# str.format field names: auto, manual, keyword, index, attribute.
print("{}-{}-{}".format(1, 2, 3))
print("{2}{1}{0}".format("a", "b", "c"))
print("{x}{y}{x}".format(x="X", y="Y"))
data = {"key": "value", "n": [10, 20]}
print("{0[key]} {0[n][1]}".format(data), "{d[n]}".format(d=data))
print("{0[0]}{0[2]}".format("abc"), "{a[1]}".format(a=[5, 6]))
print("{0.imag} {0.real}".format(2.5), "{x.real:>5}|".format(x=7))
for bad in ["{0} {}", "{} {0}"]:
    try:
        bad.format(1, 2)
    except ValueError as e:
        print("ValueError:", e)

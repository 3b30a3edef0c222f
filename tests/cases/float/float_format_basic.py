# Formatting floats with format specs.
x = 3.14159265
print(format(x, ".2f"), format(x, ".0f"), format(x, "10.3f"), format(x, "<10.1f") + "|")
print(format(x, "e"), format(x, ".3E"), format(x, "g"), format(1e-10, "g"))
print(format(1234567.891, ",.2f"), format(0.25, "%"), format(0.125, ".1%"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, "f"))
print(format(1e100, ".3g"), format(123456789.0, "g"), format(0.0001, "g"))
print(format(float("inf"), "f"), format(float("nan"), "10.2f") + "|")

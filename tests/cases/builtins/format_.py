# format() builtin.
print(format(1234.5678, ",.2f"), format(255, "#x"), format("x", "*^5"), format(0.5, "%"))
print(format(42), format("s"), format(None), format(True, ">5"))

# Float division by zero messages.
for op in ("/", "//", "%", "divmod"):
    try:
        if op == "/":
            1.5 / 0
        elif op == "//":
            1.5 // 0.0
        elif op == "%":
            1.5 % 0
        else:
            divmod(1.5, 0.0)
    except ZeroDivisionError as e:
        print(op, e)
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print("**", e)
print(0.0 / 1, -0.0 / 5)

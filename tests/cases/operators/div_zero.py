# Division by zero errors for each operator and type.
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: 0 ** -1,
    lambda: 0.0 ** -1, lambda: 10**50 // 0,
]
for f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

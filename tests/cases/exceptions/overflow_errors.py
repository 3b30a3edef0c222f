# OverflowError messages.
tests = [lambda: float(10 ** 400), lambda: int(float("inf")),
         lambda: 2 ** 2000 / 1, lambda: round(float("inf"))]
for t in tests:
    try:
        t()
    except OverflowError as e:
        print("OverflowError:", e)

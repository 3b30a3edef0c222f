# Collecting several errors and reporting them together.
def check_all(values):
    problems = []
    for v in values:
        try:
            if not isinstance(v, int):
                raise TypeError(f"{v!r} is not an int")
            if v < 0:
                raise ValueError(f"{v} is negative")
        except (TypeError, ValueError) as e:
            problems.append(f"{type(e).__name__}: {e}")
    return problems
print(check_all([1, -2, "x", 3.0, 4]))

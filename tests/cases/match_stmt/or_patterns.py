# Or-patterns try alternatives left to right; every alternative must bind the same names.
def day_type(day):
    match day.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "unknown"


def coords(p):
    match p:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case 1 | 2 | 3 as small:
            return f"small {small}"


print([day_type(d) for d in ("Sat", "MON", "fri", "xyz")])
print(coords((5, 0)), coords((0, 7)), coords([1, 2]), coords({"x": 3, "y": 4, "z": 5}), coords(2), coords(4))

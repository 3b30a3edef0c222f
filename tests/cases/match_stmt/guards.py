# Guards are evaluated after the pattern binds; a false guard falls through to later cases.
calls = []


def noisy(label, result):
    calls.append(label)
    return result


def grade(score):
    match score:
        case int(s) if noisy(f"A?{s}", s >= 90):
            return "A"
        case int(s) if noisy(f"B?{s}", s >= 80):
            return "B"
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case int():
            return "C or below"
        case _:
            return "not a score"


print([grade(s) for s in (95, 85, 50, -5, "x")])
print(calls)
match [3, 4]:
    case [x, y] if x > y:
        print("descending")
    case [x, y] if x == y:
        print("equal")
    case [x, y]:
        print("ascending, bindings kept:", x, y)

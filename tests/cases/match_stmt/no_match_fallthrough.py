# When no case matches nothing happens; return/continue/break inside cases leave the match.
x = "before"
match 10:
    case 1:
        x = "one"
    case 2:
        x = "two"
print("no case matched, x =", x)


def first_match(v):
    for label in ("loop",):
        match v:
            case [a, b, c]:
                return f"{label}: triple"
            case {"a": a}:
                continue
        return f"{label}: nothing for {v!r}"
    return "continued past match"


print(first_match([1, 2, 3]), first_match(5), first_match({"a": 1}))
y = 0
while y < 3:
    match y:
        case 1:
            y += 1
            continue
        case 2:
            break
    print("loop body y =", y)
    y += 1
print("ended at", y)

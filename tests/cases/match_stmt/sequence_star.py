# Star patterns capture the rest of a sequence as a list, in any position.
def parts(seq):
    match seq:
        case [only]:
            return f"only={only}"
        case [first, *rest] if len(rest) > 3:
            return f"first={first} rest(len {len(rest)})={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*_]:
            return "empty"


for s in ([1], [1, 2], (1, 2, 3), [1, 2, 3, 4, 5, 6], []):
    print(parts(s))
match (1, 2, 3):
    case (*init, last):
        print(init, last, type(init).__name__)
match "a b c d".split():
    case ["a", *_, "d"]:
        print("starts with a, ends with d")

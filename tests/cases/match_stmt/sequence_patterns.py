# Sequence patterns match lists and tuples by length and element, including nested sequences.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case (0, 0, 0):
            return "origin3"
        case [_, _, _]:
            return "some triple"
        case _:
            return "other"


for s in ([], [1], (1, 2), [0, 0, 0], (0, 0, 0), [[1, 2], (3, 4)], [1, 2, 3], [1, 2, 3, 4],
          "ab", range(2), {1: 2}):
    print(repr(s), "->", shape(s))

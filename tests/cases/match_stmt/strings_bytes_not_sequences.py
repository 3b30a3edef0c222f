# str, bytes and bytearray never match sequence patterns; they match literals and class patterns.
def check(v):
    match v:
        case [a, b]:
            return f"two-element sequence {a!r} {b!r}"
        case str() | bytes() | bytearray():
            return f"text-like {v!r}"
        case _:
            return "other"


for v in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2), iter([1, 2])):
    print(type(v).__name__, "->", check(v))
match "hello world".split():
    case [verb, noun]:
        print("verb", verb, "noun", noun)

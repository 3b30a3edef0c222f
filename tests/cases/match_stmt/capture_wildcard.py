# Capture patterns bind names; the wildcard _ matches anything without binding.
def describe(value):
    match value:
        case 42:
            return "the answer"
        case other:
            return f"captured {other!r}"


print(describe(42), describe("x"), describe([1]))
_ = "untouched"
match (1, 2):
    case (first, _):
        print("first is", first, "and _ is still", repr(_))
match "anything":
    case _:
        print("wildcard always matches")
match 99:
    case n:
        pass
print("capture leaks into scope:", n)

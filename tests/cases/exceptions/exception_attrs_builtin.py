# Attributes of specific builtin exceptions.
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print(e.code)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    int("x")
except ValueError as e:
    print(e.args[0])

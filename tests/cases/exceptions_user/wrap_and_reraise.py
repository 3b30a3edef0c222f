# Translating low-level errors into domain errors that keep the original on an attribute.
class ParseError(Exception):
    def __init__(self, line_no, line, original):
        super().__init__(f"line {line_no}: {original}")
        self.line_no = line_no
        self.line = line
        self.original = original


def parse(lines):
    out = {}
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
            out[key.strip()] = int(value)
        except (ValueError, TypeError) as e:
            raise ParseError(n, line, e) from e
    return out


print(parse(["a = 1", "b=2"]))
for bad in (["x = 1", "y"], ["x = one"], ["a=1", "b=2=3"]):
    try:
        parse(bad)
    except ParseError as e:
        print("ParseError:", e, "|", e.line_no, repr(e.line), type(e.original).__name__,
              e.__cause__ is e.original)

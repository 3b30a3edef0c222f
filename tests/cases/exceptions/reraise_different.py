# Translating exceptions between layers.
def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        try:
            key, value = line.split("=")
            result[key.strip()] = int(value)
        except ValueError as e:
            raise RuntimeError(f"line {lineno}: {line!r}") from e
    return result
print(parse_config("a = 1\nb = 2"))
for text in ["a = 1\nb", "a = x"]:
    try:
        parse_config(text)
    except RuntimeError as e:
        print(e, "<-", type(e.__cause__).__name__, e.__cause__)

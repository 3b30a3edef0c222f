# A multi-level pipeline where each stage delegates with yield from and transforms lazily.
def read_lines(text):
    for line in text.split("\n"):
        print("  read", repr(line))
        yield line


def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line.strip()


def tokens(lines):
    for line in lines:
        yield from line.split()


def numbers(toks):
    for t in toks:
        if t.lstrip("-").isdigit():
            yield int(t)


def chunks(text):
    yield from numbers(tokens(non_blank(read_lines(text))))


TEXT = "1 2 x\n\n  3 -4  \nfoo 5"
pipe = chunks(TEXT)
print("nothing read yet")
print("first:", next(pipe))
print("rest:", list(pipe))
print("sum:", sum(chunks("10 20\n30")))

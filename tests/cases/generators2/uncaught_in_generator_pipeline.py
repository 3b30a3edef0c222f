# An exception deep in a generator pipeline propagates through every frame to the top level.
def source():
    yield "1"
    yield "2"
    yield "three"


def parse(items):
    for s in items:
        yield int(s)


def doubled(nums):
    yield from (n * 2 for n in nums)


for value in doubled(parse(source())):
    print(value)

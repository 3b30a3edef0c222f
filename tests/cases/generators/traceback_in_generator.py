# An uncaught exception raised inside a generator shows the generator's frame.
def numbers():
    yield 1
    yield 1 // 0


for n in numbers():
    print(n)

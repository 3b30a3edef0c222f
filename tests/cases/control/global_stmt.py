# global declarations inside functions.
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
bump()
bump(5)
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def reader():
    return counter * 2
print(reader())

# TypeError for a wrong argument count.
def add(a, b):
    return a + b
add(1, 2, 3)

# Exceptions: raising and catching in a loop, with finally and re-raise.
def parse(token):
    if not token.isdigit():
        raise ValueError(token)
    return int(token)


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def checked(n):
    try:
        if n % 7 == 0:
            raise ZeroDivisionError("seven")
        return n
    finally:
        pass


tokens = [str(i) if i % 4 else "x" + str(i) for i in range(200)]
table = {i: i * 2 for i in range(0, 200, 2)}
good = bad = missing = zero = 0
for rep in range(1500):
    for t in tokens:
        try:
            good += parse(t)
        except ValueError:
            bad += 1
    for k in range(0, 200, 5):
        if lookup(table, k) < 0:
            missing += 1
    for n in range(60):
        try:
            checked(n)
        except ArithmeticError:
            zero += 1
print(good, bad, missing, zero)

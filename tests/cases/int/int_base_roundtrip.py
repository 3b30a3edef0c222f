# Converting ints to arbitrary bases by hand and back with int().
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for base in (2, 7, 16, 36):
    for n in (0, 35, -1000, 3 ** 60):
        s = to_base(n, base)
        print(base, s, int(s, base) == n)

# __format__ receives the format spec from f-strings, format() and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "":
            return f"${amount:.2f}"
        if spec.endswith("k"):
            return f"${amount / 1000:.{spec[:-1] or 1}f}k"
        return "$" + format(amount, spec)

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1234567)
print(f"{m}", f"{m:,.2f}", f"{m:2k}", f"{m:k}", f"{m:>14,.0f}|")
print(format(m), format(m, ".1f"), "{:.3f} and {}".format(m, m))
width = 12
print(f"{m:>{width}.1f}|", f"{m!s:>12}|", f"{m!r:.8}")


class Plain:
    pass


p = Plain()
print(f"{p:}" == str(p), format(p) == str(p))
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return None


try:
    format(BadFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

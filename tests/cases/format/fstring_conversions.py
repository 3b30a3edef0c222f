# f-string conversions !r !s !a.
s = "héllo\n"
n = 3.5
print(f"{s!r}", f"{s!s}", f"{s!a}")
print(f"{n!r} {n!s} {[1, 'a']!r} {'日本'!a}")
print(f"{s!r:>15}|", f"{'x'!r:*^7}")
print(f"{None!s} {True!r}")

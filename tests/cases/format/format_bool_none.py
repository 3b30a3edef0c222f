# Formatting bools and None.
print(f"{True} {False} {None}", f"{True:d} {False:5}|", f"{True:>6}|")
print(f"{True:.2f} {False:x}", "%s %d" % (True, False))
try:
    f"{None:>5}"
except TypeError as e:
    print("TypeError:", e)

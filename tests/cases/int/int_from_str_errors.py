# int() parsing errors and their messages.
bad = ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x10", "--1", "1 2", "12a"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
for s, base in [("8", 8), ("g", 16), ("012", 0), ("2", 2)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)

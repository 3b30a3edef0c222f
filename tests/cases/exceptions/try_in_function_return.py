# Returning from try, except and else branches.
def convert(s):
    try:
        n = int(s)
    except ValueError:
        return "not a number"
    else:
        return n * 2
    finally:
        print("converted", repr(s))
print(convert("21"))
print(convert("x"))

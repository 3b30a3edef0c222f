# Nested try statements and propagation.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 never handles KeyError")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner handler", e)
        raise TypeError("from handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer handler", e)

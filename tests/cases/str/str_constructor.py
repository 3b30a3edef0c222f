# str() of various objects.
print(str(42), str(-1.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(b"bytes"), str(b"x", "ascii"), str(), repr(str("")))
print(str(1e100), str(10 ** 20), str(0.1), str(-0.0))
print(str("already"), str(range(3)), str(str))

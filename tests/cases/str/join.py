# str.join with various iterables.
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y")), "-".join("abc"), "|".join([]))
print("\n".join(["line1", "line2"]))
print(" ".join(map(str, [1, 2, 3])), "".join([str(i) for i in range(5)]))
print("+".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

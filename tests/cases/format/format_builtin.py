# The format() builtin on various types.
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"))
print(format([1, 2]), format(None), format((1, "a")), format({"k": 1}))
print(format(12345, ","), format(0.5, ".0%"), format(True, "^7"))
try:
    format([1], ">10")
except TypeError as e:
    print("TypeError:", e)

# print calls str() on each argument.
print(1, 1.0, "s", b"b", None, True, [1, "a"], (1,), {"k": "v"}, {1}, range(2), -0.0)
print("tab\there", "newline\\n")

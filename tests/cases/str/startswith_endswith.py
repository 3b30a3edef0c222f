# startswith/endswith with tuples and bounds.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(("a", "b")))
print(s.startswith(("x", "fi")), s.endswith("tar", 0, 12), s.startswith(""))
print("".startswith(""), "".endswith("a"), s.startswith("file", -100))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)

# len, in and truthiness of dicts.
d = {"a": 0, "b": None}
print(len(d), "a" in d, 0 in d, "c" not in d, bool(d), bool({}))
print(len({i: i for i in range(100)}), len(dict.fromkeys("aabbcc")))

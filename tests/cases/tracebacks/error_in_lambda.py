# An error raised inside a lambda used as a sort key.
records = [{"n": 3}, {"n": 1}, {"m": 2}]
ordered = sorted(records, key=lambda r: r["n"])

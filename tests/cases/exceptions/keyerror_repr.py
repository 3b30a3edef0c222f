# KeyError str() uses repr of the key.
for key in ["text", "", 42, (1, 2), None, "it's", 1.5]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), "|", repr(e))
print(str(KeyError()), str(KeyError("a", "b")))

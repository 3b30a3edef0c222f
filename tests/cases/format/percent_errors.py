# Errors from %-formatting.
tests = [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"),
         lambda: "%z" % 1, lambda: "%c" % "ab", lambda: "%(k)s" % ("a",),
         lambda: "%d" % None, lambda: "%x" % 1.5]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

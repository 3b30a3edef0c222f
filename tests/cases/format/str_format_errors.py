# Errors from str.format.
tests = [lambda: "{}".format(), lambda: "{1}".format(0), lambda: "{x}".format(y=1),
         lambda: "{0[5]}".format([1]), lambda: "{".format(), lambda: "}".format(),
         lambda: "{0:{1}}".format(1), lambda: "{!x}".format(1)]
for t in tests:
    try:
        t()
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)

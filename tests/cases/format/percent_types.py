# %-formatting of various objects.
print("%s %s %s %s" % ([1, 2], (3,), {"a": 1}, None))
print("%s" % (1,), "%s" % "single", "%s" % ((1, 2),))
print("%r" % "it's", "%a" % "é", "%5s|%-5s|" % (True, None))
print("%d %d" % (True, 10 ** 20), "%.3f" % 2, "%s" % 1.0)
print("%x %o" % (-255, -8), "%.0f %.0f" % (0.5, 1.5))

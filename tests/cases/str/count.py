# str.count with overlapping patterns and bounds.
s = "abababab"
print(s.count("ab"), s.count("aba"), s.count("a", 2), s.count("a", 2, 5))
print(s.count(""), "".count(""), "abc".count("", 1), s.count("x"))
print("mississippi".count("ss"), "mississippi".count("i", -4))
print("日本日本日".count("日"))

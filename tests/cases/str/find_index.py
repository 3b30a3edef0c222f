# find/rfind/index/rindex with start and end.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zzz"))
print(s.rfind("hello"), s.rfind("hello", 0, 15), s.rfind("o"), s.rfind(""))
print(s.find(""), s.find("", 100), s.find("o", -5), s.find("h", -100))
print(s.index("world"), s.rindex("o"), s.index("o", 5, 10))
for f in (lambda: s.index("zzz"), lambda: s.rindex("zzz"), lambda: s.index("hello", 1, 5)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

# str.replace with and without count.
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "hello".replace("l", ""))
print("日本日本".replace("本", "x"))

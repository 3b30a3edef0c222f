# String comparisons are lexicographic by code point.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "b" > "abc")
print("Z" < "a", "é" > "z", "日" > "é", "" < " ")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair"]))
print(max("hello"), min("hello"), "abc" == "abc", "abc" != "abd")
print(sorted(["b", "A", "a", "B"], key=str.lower))

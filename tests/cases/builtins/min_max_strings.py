# max and min over strings compare by code point.
words = ["Zebra", "apple", "Mango", "banana"]
print(max(words), min(words), max(words, key=str.lower), min(words, key=str.lower))
print(max("日本語"), min("Hello!"), max(["a", "aa", "b"]))

# Substring membership edge cases.
print("" in "", "" in "abc", "a" in "", "abc" in "abc", "abcd" in "abc")
print("日本" in "こんにちは日本", "😀" in "a😀b", "é" in "e\u0301")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

# Repetition, concatenation and membership.
print("ab" * 3, 3 * "ab", "ab" * 0 == "", "-" * 10)
s = ""
for i in range(5):
    s += str(i)
print(s, "2" in s, "23" in s, "5" not in s)
print("a" + "b" + "c", "" + "", "x" * 1)
words = ["alpha", "beta"]
print(words[0] + " & " + words[1])

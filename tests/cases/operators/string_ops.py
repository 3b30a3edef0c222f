# Arithmetic-like operators on strings and sequences.
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print([1] * 3, [1, 2] + [3], (1,) * 2, () * 5)
print([[0] * 2] * 2)
print("%s-%s" % ("a", "b"))
print("a" < "b" < "c", "abc" == "a" "bc")

# len, in, and truthiness of lists.
a = [0, None, "", [], 1.5]
print(len(a), None in a, [] in a, 2 in a, 1.5 in a, bool(a), bool([]))
print(len([[]]), bool([[]]), [] == [], [0] == [False])

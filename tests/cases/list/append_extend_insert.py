# append, extend, insert.
a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(2, "mid")
b.insert(100, "end")
b.insert(-1, "before-end")
b.insert(-100, "very-first")
print(b)
print(a.append(0), len(a))

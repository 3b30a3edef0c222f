# sorted builtin returns a new list.
data = (3, 1, 2)
print(sorted(data), data, sorted("cba"), sorted({3: "a", 1: "b"}), sorted(set([2, 1])))
print(sorted([-2, 1, -3], key=abs), sorted(["b", "a"], reverse=True), sorted([]))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([1.5, 1, True, 0]))

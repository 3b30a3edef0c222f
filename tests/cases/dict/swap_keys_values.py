# Inverting a mapping with duplicate values.
grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C", "eve": "B"}
by_grade = {}
for name, g in grades.items():
    by_grade.setdefault(g, []).append(name)
print(dict(sorted(by_grade.items())))
print({g: len(names) for g, names in sorted(by_grade.items())})

# Instances in containers, sorted and grouped with key functions reading attributes.
class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary

    def __repr__(self):
        return f"Employee({self.name!r})"


staff = [
    Employee("zoe", "eng", 120), Employee("al", "ops", 90), Employee("bea", "eng", 130),
    Employee("cy", "ops", 90), Employee("dan", "sales", 70),
]
print(sorted(staff, key=lambda e: e.name))
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
print(sorted(staff, key=lambda e: e.dept, reverse=True))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept):
    print(dept, by_dept[dept], sum(e.salary for e in by_dept[dept]))
print(max(staff, key=lambda e: e.salary), min(staff, key=lambda e: (e.salary, e.name)))
staff.sort(key=lambda e: len(e.name))
print(staff)

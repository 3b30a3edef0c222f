# Tuples as lightweight records.
employees = [("Ann", "eng", 120), ("Bob", "ops", 95), ("Cid", "eng", 105), ("Dee", "ops", 99)]
for name, dept, salary in sorted(employees, key=lambda e: (e[1], -e[2])):
    print(f"{name:<4}{dept:<4}{salary:>5}")
totals = {}
for _, dept, salary in employees:
    totals[dept] = totals.get(dept, 0) + salary
print(totals)
print(max(employees, key=lambda e: e[2])[0])

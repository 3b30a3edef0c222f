# Sorting by multiple keys.
people = [
    {"name": "Ann", "dept": "eng", "age": 31},
    {"name": "Bob", "dept": "ops", "age": 25},
    {"name": "Cid", "dept": "eng", "age": 25},
    {"name": "Dee", "dept": "ops", "age": 40},
    {"name": "Eve", "dept": "eng", "age": 31},
]
for p in sorted(people, key=lambda p: (p["dept"], -p["age"], p["name"])):
    print(p["dept"], p["age"], p["name"])
print([p["name"] for p in sorted(people, key=lambda p: p["age"], reverse=True)])

# Matching tuples from a list of records, with nested patterns, None checks and literal True.
records = [
    ("ann", 34, None),
    ("bob", None, "london"),
    ("cy", 17, "paris"),
    ("dee", 40, "rome"),
    ("eve", 0, None),
    ("fay", True, None),
]
for rec in records:
    match rec:
        case (name, None, city):
            print(name, "age unknown, city", city)
        case (name, True, _):
            print(name, "age is literally True")
        case (name, age, None) if age:
            print(name, age, "no city")
        case (name, int(age), str(city)) if age < 18:
            print(name, "minor in", city)
        case (name, age, city):
            print(name, age, city)

# Passing dicts as keyword arguments.
def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"
person = {"name": "Ann", "age": 30}
print(describe(**person))
print(describe(**person, city="Oslo"))
print(describe(**{"city": "Rome"}, **person))
try:
    describe(**person, name="Bob")
except TypeError as e:
    print("TypeError:", e)

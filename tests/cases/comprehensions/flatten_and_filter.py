# Flattening nested data with comprehensions.
orders = [
    {"id": 1, "items": [("pen", 2), ("ink", 1)]},
    {"id": 2, "items": [("pad", 5)]},
    {"id": 3, "items": []},
]
print([name for o in orders for name, qty in o["items"]])
print([(o["id"], qty) for o in orders for _, qty in o["items"] if qty > 1])
print({o["id"]: sum([q for _, q in o["items"]]) for o in orders})

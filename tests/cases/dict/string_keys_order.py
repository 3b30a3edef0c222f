# Printing dicts with str keys is deterministic (insertion order, not hash order).
inventory = {}
for item in ["widget", "gadget", "doohickey", "gizmo", "thingamajig"]:
    inventory[item] = len(item) * 3
print(inventory)
print(list(inventory.values()), next(iter(inventory)))

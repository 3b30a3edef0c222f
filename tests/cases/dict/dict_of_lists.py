# Grouping into a dict of lists.
orders = [("alice", 30), ("bob", 12), ("alice", 5), ("carol", 99), ("bob", 1)]
by_customer = {}
for name, amount in orders:
    if name not in by_customer:
        by_customer[name] = []
    by_customer[name].append(amount)
print(by_customer)
for name, amounts in by_customer.items():
    print(name, len(amounts), sum(amounts), max(amounts))
inverted = {}
for name, amounts in by_customer.items():
    for a in amounts:
        inverted[a] = name
print(sorted(inverted.items()))

# Processing a multi-line text block.
text = """Name: Widget
Price: 12.50
Qty: 3

Name: Gadget
Price: 7.25
Qty: 10
"""
records = []
current = {}
for line in text.splitlines():
    if not line.strip():
        records.append(current)
        current = {}
        continue
    key, _, value = line.partition(": ")
    current[key.lower()] = value
if current:
    records.append(current)
for r in records:
    print(r["name"].ljust(8), float(r["price"]) * int(r["qty"]))

# A formatted table using format specs.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 199.99)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>11}")
print("-" * 38)
total = 0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{line_total:>11,.2f}")
print("-" * 38)
print(f"{'TOTAL':<27}{total:>11,.2f}")
print(f"{'avg price':<27}{total / len(rows):>11.3f}")

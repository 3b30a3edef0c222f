# Inventory report: parse records, compute stock values, flag reorders.
RAW = """\
sku,name,category,qty,unit_cost,reorder_at
A100,Hex bolt M6,hardware,1200,0.05,500
A101,Hex nut M6,hardware,300,0.03,500
B200,Cordless drill,tools,14,89.90,5
B201,Drill bit set,tools,3,24.50,5
C300,Safety goggles,safety,45,6.75,20
C301,Work gloves (L),safety,0,4.20,25
D400,Wood glue 250ml,supplies,60,3.10,30
D401,Sandpaper P120,supplies,250,0.45,100
"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    items = []
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        row["qty"] = int(row["qty"])
        row["unit_cost"] = float(row["unit_cost"])
        row["reorder_at"] = int(row["reorder_at"])
        row["value"] = row["qty"] * row["unit_cost"]
        items.append(row)
    return items


def status(item):
    if item["qty"] == 0:
        return "OUT"
    if item["qty"] < item["reorder_at"]:
        return "LOW"
    return "ok"


def report(items):
    print(f"{'SKU':<6}{'Name':<18}{'Qty':>6}{'Unit':>8}{'Value':>11}  Status")
    print("-" * 56)
    for item in sorted(items, key=lambda i: (-i["value"], i["sku"])):
        print(f"{item['sku']:<6}{item['name']:<18}{item['qty']:>6}"
              f"{item['unit_cost']:>8.2f}{item['value']:>11,.2f}  {status(item)}")
    print("-" * 56)
    total = sum([i["value"] for i in items])
    print(f"{'Total stock value':<38}{total:>11,.2f}")


def by_category(items):
    cats = {}
    for item in items:
        entry = cats.setdefault(item["category"], {"count": 0, "value": 0.0, "alerts": []})
        entry["count"] += 1
        entry["value"] += item["value"]
        if status(item) != "ok":
            entry["alerts"].append(item["sku"])
    print("\nBy category:")
    for name, e in sorted(cats.items(), key=lambda kv: kv[1]["value"], reverse=True):
        alerts = ", ".join(e["alerts"]) or "-"
        print(f"  {name:<10}{e['count']:>3} items {e['value']:>10,.2f}  alerts: {alerts}")


def reorder_plan(items):
    print("\nReorder plan:")
    budget = 150.0
    for item in sorted(items, key=lambda i: i["qty"] / i["reorder_at"]):
        if status(item) == "ok":
            continue
        need = item["reorder_at"] * 2 - item["qty"]
        cost = need * item["unit_cost"]
        if cost <= budget:
            budget -= cost
            print(f"  order {need:>4} x {item['sku']} = {cost:8.2f} (budget left {budget:7.2f})")
        else:
            affordable = int(budget // item["unit_cost"])
            print(f"  cannot afford {need} x {item['sku']}; could buy {affordable}")


items = parse(RAW)
report(items)
by_category(items)
reorder_plan(items)

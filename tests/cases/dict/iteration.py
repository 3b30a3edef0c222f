# Iterating over dicts and their views.
prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0}
for k in prices:
    print(k, end=" ")
print()
for k, v in prices.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(prices.values()), max(prices, key=prices.get), sorted(prices, key=lambda k: -prices[k]))
try:
    for k in prices:
        prices[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

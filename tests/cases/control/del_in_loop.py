# del of dict keys collected during iteration.
stock = {"apple": 0, "pear": 3, "fig": 0, "kiwi": 5}
empty = [k for k, v in stock.items() if v == 0]
for k in empty:
    del stock[k]
print(stock)
nums = list(range(10))
del nums[1::2]
print(nums)

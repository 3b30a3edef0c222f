# A hand-written sort that swaps in place.
def bubble(items):
    items = items[:]
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        if not swapped:
            break
    return items
data = [38, 27, 43, 3, 9, 82, 10]
print(bubble(data), data, bubble(data) == sorted(data))
print(bubble(["pear", "fig", "apple"]), bubble([]))

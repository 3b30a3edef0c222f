# Exceptions handled inside loops keep the loop going.
data = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for item in data:
    try:
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        pass
print(total, bad)
results = []
for d in [2, 0, 5, 0]:
    try:
        results.append(10 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)

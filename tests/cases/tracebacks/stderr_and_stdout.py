# stdout output is kept even when the program fails.
for i in range(3):
    print("row", i)
data = {"count": "3"}
n = data["count"] + 1

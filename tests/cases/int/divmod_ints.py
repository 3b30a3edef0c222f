# divmod on assorted ints.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17), (10 ** 20, 3)]:
    print(a, b, divmod(a, b))
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

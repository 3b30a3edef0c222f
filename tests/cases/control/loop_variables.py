# Loop variables persist after the loop.
for i in range(5):
    pass
print(i)
for ch in "abc":
    last = ch
print(ch, last)
total = 0
for i, v in enumerate([10, 20]):
    total += i * v
print(i, v, total)
for x in []:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)

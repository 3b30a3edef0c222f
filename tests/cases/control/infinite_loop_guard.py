# A bounded while True loop with several exits.
n = 27
steps = 0
peak = n
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
    if steps > 10000:
        print("runaway")
        break
print(steps, peak)

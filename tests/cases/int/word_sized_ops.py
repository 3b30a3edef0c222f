# Arithmetic on ints around the 48-, 62- and 64-bit boundaries, where fast paths change.
edges = [0, 1, -1, 2**47 - 1, -2**47, 2**47, 2**61 + 3, -2**61 - 5, 2**62 - 1, -2**62,
         2**62, 2**63 - 1, -2**63, 2**64 + 7, 12345678901234567, -98765432109876543]
state = 2463534242
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state
values = edges + [(rand() >> (rand() % 64)) * (1 if rand() % 2 else -1) for _ in range(40)]
checksum = 0
lines = []
for i, a in enumerate(values):
    b = values[(i * 7 + 3) % len(values)]
    results = [a + b, a - b, a * b, a & b, a | b, a ^ b, a >> (i % 70), -a, ~a, abs(a)]
    if b:
        results += [a // b, a % b, divmod(a, b)]
    for r in results:
        checksum = (checksum * 31 + hash(r)) % (2**61 - 1)
    if i < 20:
        lines.append(results)
for line in lines:
    print(line)
print(checksum)

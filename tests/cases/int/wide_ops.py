# +, -, *, //, % on ints near the 64-, 126- and 128-bit boundaries.
edges = [2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**125 + 11, -2**125, 2**126 - 1,
         -2**126 + 1, 2**126, 2**127 - 1, -2**127, 2**128 + 3, 3**80, -(7**45), 6364136223846793005]
checksum = 0
for i, a in enumerate(edges):
    for j, b in enumerate(edges):
        results = [a + b, a - b, a * b, a // b, a % b, divmod(b, a), (a * b) % (1 << 64)]
        for r in results:
            checksum = (checksum * 1000003 + hash(r)) % (2**61 - 1)
        if i == j or i + 1 == j:
            print(i, j, results)
print(checksum)
state = 42
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
print(state, state >> 33, -state // 12345, -state % 12345)

# List-heavy: sorting with keys, slicing, append/pop and in-place updates.
def lcg(seed):
    state = [seed]

    def next_value():
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return state[0] >> 33
    return next_value


rand = lcg(42)
data = [rand() % 100000 for _ in range(150000)]
ordered = sorted(data)
pairs = sorted([(v % 100, -v) for v in data[:60000]])
by_key = sorted(data[:60000], key=lambda v: (v % 1000, v))
stack = []
acc = 0
for v in data:
    if v % 3 == 0 and stack:
        acc += stack.pop()
    else:
        stack.append(v)
window = 0
for i in range(0, len(ordered) - 100, 100):
    chunk = ordered[i:i + 100]
    window += chunk[-1] - chunk[0]
data.reverse()
data[::2] = [0] * len(data[::2])
print(ordered[0], ordered[-1], ordered[len(ordered) // 2], pairs[0], by_key[:2], acc % 1000003,
      len(stack), window, sum(data) % 1000003)

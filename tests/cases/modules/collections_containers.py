# collections.Counter, defaultdict, deque and OrderedDict basics with deterministic output.
from collections import Counter, OrderedDict, defaultdict, deque

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c["the"], c["cat"], c.most_common(2), sum(c.values()))
c.update(["fox", "fox"])
print(c.most_common(1), sorted((c - Counter(fox=3)).items())[:3])
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(sorted(groups.items()), groups[99], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
d.rotate(1)
print(d, d.popleft(), d.pop(), list(d))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)

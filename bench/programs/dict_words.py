# Dict-heavy: word counts, dict of lists, and inverted indexes.
SEED_WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
              "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_words(n):
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = SEED_WORDS[x % len(SEED_WORDS)]
        words.append(w + str(x % 37))
    return words


words = make_words(300000)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
by_letter = {}
for w in counts:
    by_letter.setdefault(w[0], []).append(w)
index = {}
for pos, w in enumerate(words[:100000]):
    if w in index:
        index[w].append(pos)
    else:
        index[w] = [pos]
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(len(counts), top, len(by_letter), sum([len(v) for v in index.values()]))

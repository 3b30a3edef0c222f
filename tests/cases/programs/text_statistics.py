# Text statistics: word frequencies, sentence lengths and a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us; we had nothing before us! Were we all going direct to Heaven? We
were all going direct the other way."""

STOP = {"it", "was", "the", "of", "we", "to", "us", "had", "all"}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


def sentences(text):
    result = []
    current = []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip()
            if s:
                result.append(s)
            current = []
    tail = "".join(current).strip()
    if tail:
        result.append(tail)
    return result


def frequencies(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq


ws = words(TEXT)
print("characters:", len(TEXT), "words:", len(ws), "unique:", len(set(ws)))
print("average word length: %.2f" % (sum(map(len, ws)) / len(ws)))
longest = max(ws, key=lambda w: (len(w), w))
print("longest word:", longest)

freq = frequencies(ws)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("\nTop words:")
for w, n in top[:6]:
    print(f"  {w:<10}{n:>3}  {'*' * n}")
content = [(w, n) for w, n in top if w not in STOP]
print("Top content words:", ", ".join([f"{w}({n})" for w, n in content[:5]]))

print("\nSentences:")
for i, s in enumerate(sentences(TEXT), 1):
    n = len(words(s))
    preview = s if len(s) <= 40 else s[:37] + "..."
    print(f"  {i}. [{n:>2} words] {preview}")

lengths = {}
for w in ws:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("\nWord length histogram:")
for length in range(1, max(lengths) + 1):
    count = lengths.get(length, 0)
    print(f"  {length:>2} | {'#' * count} {count if count else ''}".rstrip())

letters = frequencies([c for c in TEXT.lower() if c.isalpha()])
vowels = sum([n for c, n in letters.items() if c in "aeiou"])
print(f"\nletters: {sum(letters.values())}, vowels: {vowels} "
      f"({vowels / sum(letters.values()):.1%}), most common: {max(sorted(letters), key=letters.get)}")

# continue in while loops must not skip the counter update.
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
print(evens)
text = "a1b22c333"
pos = 0
digits = 0
while pos < len(text):
    ch = text[pos]
    pos += 1
    if not ch.isdigit():
        continue
    digits += int(ch)
print(digits)

# String building: join, f-strings, concatenation, split and methods.
def make_lines(n):
    lines = []
    for i in range(n):
        lines.append(f"{i:06d},user{i % 97},{i * 37 % 1000 / 10:.1f},{'yes' if i % 3 else 'no'}")
    return "\n".join(lines)


def parse(text):
    total = 0.0
    yes = 0
    names = {}
    for line in text.split("\n"):
        ident, name, score, flag = line.split(",")
        total += float(score)
        if flag == "yes":
            yes += 1
        names[name] = names.get(name, 0) + len(ident)
    return total, yes, len(names)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if i % 50 == 49:
            s = s.upper().replace("5", "five")[-200:]
    return s


text = make_lines(100000)
total, yes, names = parse(text)
tail = concat(300000)
words = text.replace(",", " ").split()
print(len(text), round(total, 1), yes, names, len(tail), tail[-12:], len(words))

# Parse a CSV of grades by hand (with quoted fields), then rank and summarise.
DATA = '''name,course,score
"Smith, Ann",math,91
Bob Jones,math,78
"Smith, Ann",physics,85
Cy Young,math,88
Bob Jones,physics,92
Cy Young,physics,67
"O'Neil, Dee",math,95
"O'Neil, Dee",physics,
'''


def split_csv_line(line):
    fields = []
    field = []
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
    fields.append("".join(field))
    return fields


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


lines = DATA.strip().splitlines()
header = split_csv_line(lines[0])
rows = [dict(zip(header, split_csv_line(l))) for l in lines[1:]]
skipped = [r for r in rows if not r["score"]]
rows = [r for r in rows if r["score"]]
for r in rows:
    r["score"] = int(r["score"])
print(f"{len(rows)} scores, {len(skipped)} skipped: {[r['name'] for r in skipped]}")

students = {}
for r in rows:
    students.setdefault(r["name"], {})[r["course"]] = r["score"]
print(f"\n{'Student':<14}{'math':>6}{'physics':>9}{'avg':>7}  grade")
ranking = sorted(students.items(), key=lambda kv: -sum(kv[1].values()) / len(kv[1]))
for name, scores in ranking:
    avg = sum(scores.values()) / len(scores)
    cells = "".join([f"{scores.get(c, '-'):>{w}}" for c, w in (("math", 6), ("physics", 9))])
    print(f"{name:<14}{cells}{avg:>7.1f}  {letter(avg)}")

print()
for course in sorted({r["course"] for r in rows}):
    scores = sorted([r["score"] for r in rows if r["course"] == course])
    mean = sum(scores) / len(scores)
    var = sum([(s - mean) ** 2 for s in scores]) / len(scores)
    best = max([r for r in rows if r["course"] == course], key=lambda r: r["score"])
    print(f"{course:<8} n={len(scores)} mean={mean:.2f} sd={var ** 0.5:.2f} "
          f"median={scores[len(scores) // 2]} best={best['name']}")

# A lazy log-processing pipeline: a large text is generated, split, parsed and aggregated by a chain
# of generators (with yield from) so that no stage ever holds more than one record at a time.

SERVICES = ["auth", "billing", "search", "upload"]
LEVELS = ["DEBUG", "INFO", "INFO", "INFO", "WARN", "ERROR"]


def rng(seed):
    """An endless stream of pseudo-random ints (a linear congruential generator)."""
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


def generate_log(n, seed=7):
    """Yield n log entries; errors carry indented traceback lines, and some lines are junk."""
    r = rng(seed)
    t = 0
    for i in range(n):
        t += next(r) % 5
        level = LEVELS[next(r) % len(LEVELS)]
        service = SERVICES[next(r) % len(SERVICES)]
        ms = 5 + next(r) % 400 + (900 if next(r) % 50 == 0 else 0)
        if next(r) % 97 == 0:
            yield f"#### corrupted entry {i} ####"
            continue
        yield f"{t:06d} {level:<5} {service} user=u{next(r) % 40:02d} ms={ms} req={i}"
        if level == "ERROR":
            yield f"    File \"{service}.py\", line {next(r) % 300}, in handle"
            yield f"    {['KeyError', 'TimeoutError', 'ValueError'][next(r) % 3]}: request {i}"


consumed = 0


def lines(text):
    """Split text lazily, counting how many lines have been pulled so far."""
    global consumed
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        consumed += 1
        yield text[start:end]
        start = end + 1


def grouped(raw):
    """Attach indented continuation lines to the entry before them."""
    current = None
    for line in raw:
        if line.startswith("    ") and current is not None:
            current.append(line.strip())
            continue
        if current is not None:
            yield current
        current = [line]
    if current is not None:
        yield current


class Skipped(Exception):
    pass


def parse_entry(group):
    head, *trace = group
    parts = head.split()
    if len(parts) != 6 or not parts[0].isdigit():
        raise Skipped(head)
    fields = dict(p.split("=", 1) for p in parts[3:])
    yield {"t": int(parts[0]), "level": parts[1], "service": parts[2], "user": fields["user"],
           "ms": int(fields["ms"]), "req": int(fields["req"]), "trace": trace}


def records(groups, skipped):
    for group in groups:
        try:
            yield from parse_entry(group)
        except Skipped as e:
            skipped.append(str(e))


def where(recs, **conds):
    for rec in recs:
        if all(rec[k] == v for k, v in conds.items()):
            yield rec


def windows(recs, width):
    """Tumbling time windows: yield (start, [records]) for each non-empty window."""
    bucket, start = [], None
    for rec in recs:
        w = rec["t"] // width * width
        if start is not None and w != start:
            yield start, bucket
            bucket = []
        start = w
        bucket.append(rec)
    if bucket:
        yield start, bucket


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def chain(*iterables):
    for it in iterables:
        yield from it


def source(text, skipped):
    yield from records(grouped(lines(text)), skipped)


TEXT = "\n".join(generate_log(800))
print(f"input: {len(TEXT)} chars, {TEXT.count(chr(10)) + 1} lines")

skipped = []
first_error = next(where(source(TEXT, skipped), level="ERROR"))
print(f"first error after {consumed} lines: req={first_error['req']} {first_error['trace']}")

consumed = 0
skipped = []
levels, per_service, slow, kinds = {}, {}, [], {}
for rec in source(TEXT, skipped):
    if rec["trace"]:
        kind = rec["trace"][-1].split(":")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    levels[rec["level"]] = levels.get(rec["level"], 0) + 1
    total, count = per_service.get(rec["service"], (0, 0))
    per_service[rec["service"]] = (total + rec["ms"], count + 1)
    if rec["ms"] > 900:
        slow.append((rec["ms"], rec["req"], rec["service"]))
print(f"parsed {sum(levels.values())} records from {consumed} lines, skipped {len(skipped)}")
print("levels:", sorted(levels.items()))
for service, (total, count) in sorted(per_service.items()):
    print(f"  {service:<8} n={count:4d} avg={total / count:7.2f} ms")
print("slowest:", sorted(slow, reverse=True)[:3])
print("skipped sample:", skipped[:2])
print("error kinds:", sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))

busiest = max(windows(source(TEXT, []), 600), key=lambda w: (len(w[1]), -w[0]))
print(f"busiest window starts at {busiest[0]} with {len(busiest[1])} records")
bursts = [(start, len(errs)) for start, errs in windows(where(source(TEXT, []), level="ERROR"), 120)
          if len(errs) >= 14]
print("error bursts (2 min windows, >= 14 errors):", bursts)


users = {}
for rec in chain(where(source(TEXT, []), service="auth", level="WARN"),
                 where(source(TEXT, []), service="billing", level="ERROR")):
    users[rec["user"]] = users.get(rec["user"], 0) + 1
print("top users in auth warnings + billing errors:",
      sorted(users.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("first three upload requests:", [r["req"] for r in take(3, where(source(TEXT, []), service="upload"))])

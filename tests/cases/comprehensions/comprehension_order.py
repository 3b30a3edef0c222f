# Evaluation order of comprehension clauses.
log = []
def src(name, items):
    log.append("iter " + name)
    return items
def pred(v):
    log.append(f"test {v}")
    return v % 2 == 0
result = [v for v in src("a", [1, 2, 3, 4]) if pred(v)]
print(result)
print(log)

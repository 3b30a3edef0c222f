# Leaving a for loop early suspends the generator; it can resume later, and close() runs its finally.
def numbers(log):
    try:
        for i in range(10):
            log.append(f"yield {i}")
            yield i
    finally:
        log.append("finally")


log = []
g = numbers(log)
for n in g:
    if n == 2:
        break
print(log)
print("resume:", next(g), log[-1])
for n in g:
    if n == 5:
        break
print(log[-1])
g.close()
print(log[-1], list(g))


def first_match(pred, gen):
    for x in gen:
        if pred(x):
            return x
    return None


log = []
gen = numbers(log)
print(first_match(lambda x: x * x > 10, gen), log)
gen.close()
print(log[-1])

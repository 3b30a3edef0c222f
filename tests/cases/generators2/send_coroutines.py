# Send-based coroutines: a primed running average and a stateful parser fed one value at a time.
def primed(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print([avg.send(v) for v in (10, 20, 60, 30)])


@primed
def tokenizer(out):
    word = ""
    while True:
        ch = yield
        if ch is None or ch == " ":
            if word:
                out.append(word)
            word = ""
            if ch is None:
                return
        else:
            word += ch


words = []
t = tokenizer(words)
for ch in "send  based coroutines":
    t.send(ch)
try:
    t.send(None)
except StopIteration:
    print("tokenizer finished")
print(words)

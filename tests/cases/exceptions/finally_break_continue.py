# break and continue inside finally.
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError("discarded")
        finally:
            if i == 2:
                break
    return i
print(loop_break())
out = []
for i in range(4):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def cont_in_finally():
    result = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            result.append(i)
            continue
    return result
print(cont_in_finally())

# break and continue inside a with inside a loop still run __exit__ each time.
class Step:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)
        return self.i

    def __exit__(self, *exc):
        print("exit", self.i)


for i in range(5):
    with Step(i) as n:
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
print("loop done")
n = 0
while True:
    n += 1
    with Step(n * 10):
        if n < 2:
            continue
        break
print("while done", n)

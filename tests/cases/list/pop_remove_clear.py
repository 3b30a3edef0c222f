# pop, remove, clear and their errors.
a = [10, 20, 30, 20, 40]
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(20)
print(a)
for f in (lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(10)):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
a.clear()
print(a, len(a))

# Order of execution with nested finally blocks and returns.
log = []
def f():
    try:
        try:
            log.append("inner try")
            return "value"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(f(), log)
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            log.append(f"g finally {i}")
log.clear()
print(g(), log)

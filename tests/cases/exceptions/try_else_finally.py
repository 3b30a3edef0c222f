# else runs only without an exception; finally always runs.
def run(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append(f"else {r}")
    finally:
        log.append("finally")
    return log
print(run(2))
print(run(0))
def only_finally():
    try:
        return "from try"
    finally:
        print("finally before return")
print(only_finally())

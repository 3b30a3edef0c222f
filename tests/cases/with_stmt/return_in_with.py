# return inside a with block: __exit__ runs before the caller gets the value.
class Tracker:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit")


def find(items, target, log):
    with Tracker(log):
        for i, x in enumerate(items):
            if x == target:
                log.append(f"found at {i}")
                return i
    log.append("not found")
    return -1


log = []
print(find("abc", "b", log), log)
log = []
print(find("abc", "z", log), log)


def return_value_evaluated_first(log):
    with Tracker(log):
        return log.append("return expression") or len(log)


log = []
print(return_value_evaluated_first(log), log)

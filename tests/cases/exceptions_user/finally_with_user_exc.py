# finally blocks and else clauses run correctly around user exceptions crossing function frames.
class Abort(Exception):
    pass


log = []


def inner(n):
    try:
        if n % 2:
            raise Abort(n)
        log.append(f"inner ok {n}")
    finally:
        log.append(f"inner finally {n}")


def outer(n):
    try:
        inner(n)
    except Abort as e:
        log.append(f"outer caught {e}")
        return "aborted"
    else:
        log.append("outer else")
        return "fine"
    finally:
        log.append("outer finally")


print(outer(1), outer(2))
print("\n".join(log))

# Closures must not expose __closure__ cells (reading or rebinding another function's variables).
def probe(get):
    try:
        get()
    except AttributeError:
        print("blocked")
    else:
        print("reachable")


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


counter = make_counter()
secret = "s3cret"
peek = lambda: secret  # noqa: E731 (a module-level lambda has a __closure__ of None in CPython)
probe(lambda: counter.__closure__)
probe(lambda: counter.__closure__[0].cell_contents)
probe(lambda: make_counter.__closure__)
probe(lambda: peek.__closure__)
print("blocked" if not hasattr(counter, "__closure__") else "reachable")

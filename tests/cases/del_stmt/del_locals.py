# del of local and closure variables: UnboundLocalError and free-variable NameError messages.
def local_case():
    value = 10
    del value
    try:
        return value
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_case())


def never_bound():
    try:
        del ghost
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    ghost = 1


print(never_bound())


def outer():
    shared = "data"

    def reader():
        return shared

    def deleter():
        nonlocal shared
        del shared

    print(reader())
    deleter()
    try:
        reader()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    shared = "again"
    print(reader())


outer()

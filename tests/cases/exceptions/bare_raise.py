# Bare raise re-raises the exception being handled.
def risky():
    try:
        int("bad")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    risky()
except ValueError as e:
    print("outer got:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

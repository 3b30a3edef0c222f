# An uncaught user exception raised while handling another shows "During handling ...".
class CleanupError(Exception):
    pass


def process():
    try:
        [][0]
    except IndexError:
        raise CleanupError("cleanup failed too")


process()

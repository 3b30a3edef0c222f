# Raising a bare exception class without arguments.
def stop():
    raise NotImplementedError
stop()

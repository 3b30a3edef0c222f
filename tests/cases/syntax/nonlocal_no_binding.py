# nonlocal for a name with no enclosing binding.
def f():
    nonlocal missing
    missing = 1

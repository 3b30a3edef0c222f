# NameError messages.
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
def f():
    return also_undefined + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

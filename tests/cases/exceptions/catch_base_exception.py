# except with no type and except BaseException catch everything.
for f in (lambda: 1 / 0, lambda: [][1], lambda: undefined_name):
    try:
        f()
    except:
        print("bare except caught something")
try:
    raise SystemExit(3)
except BaseException as e:
    print("caught SystemExit", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)

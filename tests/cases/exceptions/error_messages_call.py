# "object is not callable" and not subscriptable messages.
values = [5, "s", [1], (1,), {"a": 1}, None, 1.5, True]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)
for v in [5, None, 1.5, len]:
    try:
        v[0]
    except TypeError as e:
        print(e)
for v in [5, "s"]:
    try:
        v[0] = 1
    except TypeError as e:
        print(e)

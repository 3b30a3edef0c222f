# Exceptions are ordinary objects: stored, compared, re-raised later.
errors = []
for s in ["1", "a", "2", "b"]:
    try:
        int(s)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print(isinstance(errors[0], ValueError), type(errors[0]) is ValueError)
try:
    raise errors[1]
except ValueError as e:
    print("re-raised stored:", e, e is errors[1])

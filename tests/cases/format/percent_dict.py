# %-formatting with a mapping.
d = {"name": "Widget", "price": 9.5, "qty": 3}
print("%(name)s costs %(price).2f x %(qty)d" % d)
print("%(name)r %(name)s %(qty)05d" % d)
print("%(a)s%(a)s" % {"a": "rep"})
try:
    print("%(missing)s" % d)
except KeyError as e:
    print("KeyError:", e)

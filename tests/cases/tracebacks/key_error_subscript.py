# KeyError from a dict subscript.
def lookup(d):
    return d['k']
print("start")
lookup({"a": 1})

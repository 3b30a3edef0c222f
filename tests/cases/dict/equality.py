# Dict equality ignores order.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == {})
print({"a": [1]} == {"a": [1]}, {"a": 1} != {"a": 2}, {1: "x"} == {True: "x"})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1) == {"a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))

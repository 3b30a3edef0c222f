# Annotations are accepted and do not change behaviour.
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add("x", "y"))
count: int = 5
name: str
print(count)
def f(*args: str, **kw: "anything") -> None:
    print(args, kw)
f("a", k=1)
x: list[int] = [1, 2]
print(x)

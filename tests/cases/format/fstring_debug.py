# f-string "=" debugging specifier.
x = 10
name = "Ada"
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=}")
print(f"{x=:5}|", f"{name=!s}", f"{x=!r:>4}")
print(f"{3.14159=:.2f}", f"{len(name)=}")
items = [1, 2]
print(f"{items[0]=} {items=}")

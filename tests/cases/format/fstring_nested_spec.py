# Nested replacement fields in format specs.
x = 3.14159265
for w, p in [(10, 2), (8, 4), (6, 0)]:
    print(f"[{x:{w}.{p}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}{11}}]")
print(f"[{42:0{5}d}]", f"[{255:#{10}x}]")
spec = ">8.3"
print(f"[{x:{spec}}]")

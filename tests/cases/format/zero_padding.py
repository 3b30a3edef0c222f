# Zero padding with width.
for v in (5, -5, 3.14159, -3.14159, 1234567):
    print(f"[{v:05}] [{v:010.3f}] [{v:08,}]" if isinstance(v, float) else f"[{v:05}] [{v:010d}] [{v:012,}]")
print(f"[{'ab':05}]", f"[{'ab':0>5}]")

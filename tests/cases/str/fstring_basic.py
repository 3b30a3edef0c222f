# Basic f-strings inside str operations.
name, count = "apples", 3
msg = f"{count} {name}"
print(msg, len(msg), msg.upper(), msg.split())
print(f"{'x' * 3}{name[:3]}{count + 1}")
print(f"{name!r}".startswith("'"))

# Mapping patterns check keys (extra keys allowed) and capture the remainder with **rest.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"


events = [
    {"type": "click", "pos": (3, 4), "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll"},
    {"pos": (1, 1)},
]
for e in events:
    print(handle(e))
print(handle("not a mapping"))

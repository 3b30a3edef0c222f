# A command interpreter dispatching on split input with every common pattern form.
inventory = []
room = "hall"


def run(line):
    global room
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you are in the {room}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            room = f"room {direction} of {room}"
            return f"you go {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            inventory.extend(items)
            return f"taken {', '.join(items)}"
        case ["drop", item] if item in inventory:
            inventory.remove(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you have no {item}"
        case ["inventory" | "inv"]:
            return f"carrying {sorted(inventory)}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for cmd in ["", "look", "go north", "go up", "take lamp key", "take", "drop key", "drop sword",
            "inv", "look", "dance wildly"]:
    print(f"> {cmd}\n{run(cmd)}")

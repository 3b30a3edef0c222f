# Class patterns with keyword sub-patterns match attributes by name, on any object.
class User:
    def __init__(self, name, role, active=True):
        self.name, self.role, self.active = name, role, active


def access(u):
    match u:
        case User(active=False):
            return f"{u.name}: disabled"
        case User(role="admin", name=name):
            return f"{name}: everything"
        case User(role="editor" | "author" as role):
            return f"{u.name}: write ({role})"
        case User(name=str(name)) if name.startswith("guest"):
            return f"{name}: read only"
        case User():
            return f"{u.name}: default"


for u in (User("ann", "admin"), User("bob", "editor"), User("cy", "author", active=False),
          User("guest42", "viewer"), User("dee", "viewer")):
    print(access(u))
match 5:
    case int(real=5, imag=0):
        print("int attributes match by keyword")

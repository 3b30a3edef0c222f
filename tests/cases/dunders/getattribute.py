# __getattribute__ intercepts every attribute access; object.__getattribute__ does the normal lookup.
class Traced:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("  get", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x + 1


t = Traced()
print(t.x)
print(t.method())


class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


f = Fallback()
f.real = "real value"
print(f.real, f.secret, f.other)

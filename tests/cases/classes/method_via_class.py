# Calling a method through the class passes the instance explicitly.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}!"


g = Greeter("Ada")
print(Greeter.greet(g))
print(Greeter.greet(g, "Hi"))
print(Greeter.greet(Greeter("Bob"), greeting="Hey"))
print(list(map(Greeter.greet, [Greeter("x"), Greeter("y")])))
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet(salutation="Yo")
except TypeError as e:
    print("TypeError:", e)

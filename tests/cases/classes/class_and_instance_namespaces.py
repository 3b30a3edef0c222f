# A method name and an attribute name can collide: the instance attribute hides the method.
class Toggle:
    def state(self):
        return "method"


t = Toggle()
print(t.state())
t.state = "attribute"
print(t.state, Toggle.state(t))
del t.state
print(t.state())


class Shadow:
    def __init__(self):
        self.run = lambda: "instance lambda"

    def run(self):
        return "method run"


s = Shadow()
print(s.run(), Shadow.run(s))

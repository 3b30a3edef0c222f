# Closures and lambdas created in methods capture self and see later changes to it.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def handler(self):
        def on_click(times=1):
            self.clicks += times
            return f"{self.label} clicked {self.clicks}"
        return on_click

    def formatters(self):
        return [lambda: self.label.upper(), lambda: self.label[::-1]]


b = Button("ok")
h = b.handler()
print(h(), h(2))
b.label = "cancel"
print(h())
print([f() for f in b.formatters()])


class Accumulator:
    def __init__(self):
        self.items = []

    def adder(self, prefix):
        return lambda x: self.items.append(prefix + str(x)) or len(self.items)


acc = Accumulator()
add_a, add_b = acc.adder("a"), acc.adder("b")
print(add_a(1), add_b(2), add_a(3), acc.items)

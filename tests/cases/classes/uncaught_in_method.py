# An uncaught exception raised several method calls deep: traceback through methods.
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(item) for item in self.text.split(",")]

    def parse_item(self, item):
        return self.to_number(item.strip())

    def to_number(self, s):
        return int(s)


print(Parser("1, 2, 3").parse())
Parser("4, five, 6").parse()
print("not reached")

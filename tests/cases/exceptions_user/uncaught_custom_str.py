# Uncaught exceptions use __str__ for the message line; an empty message shows just the class name.
class Fancy(Exception):
    def __str__(self):
        return "fancy message with " + str(len(self.args)) + " args"


class Empty(Exception):
    pass


try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise Fancy(1, 2, 3)

# AttributeError on a method call.
def shout(text):
    return text.uper()
shout("hello")

# Function objects can carry attributes.
def handler():
    handler.calls += 1
    return handler.calls
handler.calls = 0
handler()
handler()
print(handler.calls, handler.__name__)
print(type(handler).__name__, type(lambda: 0).__name__)

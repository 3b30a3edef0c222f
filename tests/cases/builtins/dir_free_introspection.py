# __name__ of builtins and types.
print(len.__name__, print.__name__, int.__name__, str.__name__, type(None).__name__)
print(str.upper.__name__, [].append.__name__, (lambda: 0).__name__)

# Built-in exception hierarchy checks.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnicodeDecodeError, ValueError), (StopIteration, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception), (AssertionError, Exception),
         (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    raise UnboundLocalError("x")
except NameError as e:
    print("caught as NameError:", type(e).__name__)

# BaseException.__new__ records args even when a custom __init__ never calls super().__init__.
class Quiet(Exception):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason


class Explicit(Exception):
    def __init__(self, code, reason):
        super().__init__(reason)
        self.code = code


q = Quiet(7, "bad input")
print(q.args, str(q), repr(q), q.code, q.reason)
e = Explicit(7, "bad input")
print(e.args, str(e), repr(e), e.code)
q.args = ("replaced",)
print(str(q), repr(q))
try:
    raise Quiet(1, "raised")
except Quiet as caught:
    print(caught.code, caught.reason, caught.args)

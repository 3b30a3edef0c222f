# str() and repr() of user exceptions with zero, one and several args, and with __str__ overridden.
class AppError(Exception):
    pass


class Pretty(Exception):
    def __str__(self):
        return f"pretty: {'/'.join(map(str, self.args))}"


for e in (AppError(), AppError("one"), AppError("a", 2), AppError(["x"]), Pretty("p", 1), Pretty()):
    print(repr(str(e)), repr(e))
print(f"{AppError('in f-string')}", [AppError("in list")], "%s" % AppError("pct"))


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


print(str(WithRepr("msg")), repr(WithRepr("msg")), [WithRepr()])

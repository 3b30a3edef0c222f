# An exception deriving from a user base and a builtin can be caught as either.
class AppError(Exception):
    code = "APP"


class AppKeyError(AppError, KeyError):
    code = "APP_KEY"


class AppValueError(ValueError, AppError):
    pass


for cls in (AppKeyError, AppValueError):
    for catch in (AppError, KeyError, ValueError, LookupError):
        try:
            raise cls("thing")
        except catch as e:
            print(cls.__name__, "caught as", catch.__name__, e.code, str(e))
        except Exception as e:
            print(cls.__name__, "not caught as", catch.__name__)
print([c.__name__ for c in AppKeyError.__mro__])

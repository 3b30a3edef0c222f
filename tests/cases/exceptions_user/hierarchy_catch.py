# Catching user exceptions through their base classes; the first matching except clause wins.
class StoreError(Exception):
    pass


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    pass


class VersionConflict(Conflict):
    pass


def action(kind):
    raise {"nf": NotFound, "c": Conflict, "vc": VersionConflict, "se": StoreError,
           "ve": ValueError}[kind](kind)


for kind in ("nf", "c", "vc", "se", "ve"):
    try:
        action(kind)
    except NotFound as e:
        print(kind, "-> NotFound handler", e)
    except Conflict as e:
        print(kind, "-> Conflict handler", type(e).__name__)
    except StoreError as e:
        print(kind, "-> StoreError handler", type(e).__name__)
    except Exception as e:
        print(kind, "-> generic handler", type(e).__name__)
print([c.__name__ for c in VersionConflict.__mro__])
print(issubclass(VersionConflict, StoreError), isinstance(NotFound(), Exception))
try:
    action("vc")
except (NotFound, VersionConflict) as e:
    print("tuple caught", type(e).__name__)

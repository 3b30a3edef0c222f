# Exception classes with class attributes, classmethods and properties like any other class.
class ApiError(Exception):
    status = 500
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        ApiError.registry[cls.status] = cls

    @classmethod
    def for_status(cls, status, msg):
        return cls.registry.get(status, cls)(msg)

    @property
    def label(self):
        return f"{self.status} {type(self).__name__}: {self}"


class NotFound(ApiError):
    status = 404


class Forbidden(ApiError):
    status = 403


for status in (404, 403, 418):
    try:
        raise ApiError.for_status(status, f"status {status}")
    except ApiError as e:
        print(e.label)
print(sorted(ApiError.registry))

# super() follows the instance's MRO, so a mixin's super() can reach a sibling class.
class Storage:
    def save(self, data):
        return [f"Storage.save({data})"]


class LoggingMixin:
    def save(self, data):
        return [f"log before {data}"] + super().save(data) + ["log after"]


class ValidatingMixin:
    def save(self, data):
        if not data:
            return ["rejected"]
        return ["validated"] + super().save(data)


class Repo(LoggingMixin, ValidatingMixin, Storage):
    pass


class OtherRepo(ValidatingMixin, LoggingMixin, Storage):
    pass


print(Repo().save("x"))
print(Repo().save(""))
print(OtherRepo().save("y"))
print(OtherRepo().save(""))

# __init_subclass__ runs for each new subclass and receives class keyword arguments.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key, "for", cls.__name__)


class CsvPlugin(Plugin, name="csv"):
    pass


class JsonPlugin(Plugin):
    pass


class PrettyJson(JsonPlugin, name="pretty"):
    pass


print(sorted(Plugin.registry))
print(Plugin.registry["pretty"].__mro__[1].__name__)
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

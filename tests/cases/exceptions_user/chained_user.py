# User exceptions chained with `raise ... from`, implicit context, and `from None`.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing {key}")


def quiet(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing {key} (quiet)") from None


for f, arg in ((parse_port, "80x"), (lambda a: lookup({}, a), "host"), (lambda a: quiet({}, a), "user")):
    try:
        f(arg)
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              "| suppress:", e.__suppress_context__)

# "The above exception was the direct cause of the following exception".
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise RuntimeError(f"missing setting {name!r}") from e
read_setting({"debug": True}, "port")

# Nested dict access and update.
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(config["db"]["port"], config.get("cache", {}).get("size", 128))
config["db"]["port"] += 1
config.setdefault("cache", {})["size"] = 256
print(config)
def deep_get(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
print(deep_get(config, "db.host"), deep_get(config, "db.user", "?"), deep_get(config, "cache.size"))

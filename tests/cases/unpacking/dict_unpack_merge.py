# Merging configuration dicts with ** unpacking.
defaults = {"host": "localhost", "port": 80, "debug": False}
env = {"port": 8080}
cli = {"debug": True}
config = {**defaults, **env, **cli}
print(config)
def connect(host, port, **extra):
    return f"{host}:{port} {extra}"
print(connect(**config))
print({**{k: v for k, v in config.items() if k != "debug"}})

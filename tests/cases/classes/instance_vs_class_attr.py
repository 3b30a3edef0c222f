# Instance attributes shadow class attributes; assigning through an instance never changes the class.
class Config:
    level = 1
    name = "default"


a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level, Config.level)
del a.level
print(a.level, b.level)
Config.name = "changed"
print(a.name, b.name)
b.name = "own"
Config.name = "again"
print(a.name, b.name)
print("level" in a.__dict__, "level" in b.__dict__)

# auto() values, IntEnum arithmetic and comparisons, and StrEnum-like str mixins.
from enum import Enum, IntEnum, auto


class Step(Enum):
    FETCH = auto()
    BUILD = auto()
    TEST = auto()


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Mode(str, Enum):
    READ = "r"
    WRITE = "w"


print([(s.name, s.value) for s in Step])
print(Level.INFO > Level.DEBUG, Level.ERROR == 40, Level.INFO + 5, sorted([Level.ERROR, Level.DEBUG]))
print(Level(20), repr(Level.ERROR), int(Level.ERROR), [lv for lv in Level if lv >= 20])
print(str(Level.INFO), f"{Level.INFO}", format(Level.DEBUG, "04d"), isinstance(Level.INFO, int))
print(Mode.READ == "r", Mode("w"), repr(Mode.WRITE), Mode.READ.upper(), Mode.READ.value)
print(Step.BUILD == 2, Step(3).name, Level["DEBUG"] < 11)

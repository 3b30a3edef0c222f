# Several abstract members (methods, properties, classmethods); the message lists the missing ones sorted.
from abc import ABC, ABCMeta, abstractmethod


class Repository(ABC):
    @abstractmethod
    def save(self, item):
        pass

    @abstractmethod
    def load(self, key):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def create(cls):
        pass


class Partial(Repository):
    def save(self, item):
        return "saved"


class Memory(Partial, metaclass=ABCMeta):
    def load(self, key):
        return None

    @property
    def name(self):
        return "memory"

    @classmethod
    def create(cls):
        return cls()


for cls in (Repository, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
m = Memory.create()
print(m.name, m.save(1), m.load("x"), type(Repository).__name__, type(Memory) is ABCMeta)
print(sorted(Partial.__abstractmethods__), sorted(Memory.__abstractmethods__))

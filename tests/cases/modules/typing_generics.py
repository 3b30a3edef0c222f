# Generic classes with TypeVar, Protocol for structural typing, and Literal annotations.
from typing import Generic, Iterator, List, Literal, Optional, Protocol, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet().title()


Mode = Literal["r", "w"]


def open_mode(mode: Mode) -> str:
    return {"r": "reading", "w": "writing"}[mode]


s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), s.pop(), s.pop(), s.pop())
print(Stack[str]().pop(), type(Stack[int]()).__name__, T.__name__)
print(welcome(English()), open_mode("w"))
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)

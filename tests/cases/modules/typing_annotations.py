# typing names in annotations: Optional, Union, List, Dict, Any, Callable, Tuple; code runs unchanged.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union


def find(items: List[str], target: str) -> Optional[int]:
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def apply(fn: Callable[[int], int], values: List[int]) -> List[int]:
    return [fn(v) for v in values]


def describe(x: Union[int, str]) -> str:
    return f"{type(x).__name__}:{x}"


def count(words: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


def pair(a: Any, b: Any = None) -> Tuple[Any, Any]:
    return (a, b)


limit: int = 3
cache: Dict[str, List[int]] = {}
print(find(["a", "b"], "b"), find([], "x"), apply(lambda v: v * v, [1, 2, 3]))
print(describe(5), describe("s"), count("a b a".split()), pair(1), limit, cache)
print(find.__annotations__["return"] == Optional[int], Optional[int] == Union[int, None])
print(sorted(count.__annotations__), __annotations__["limit"] is int)

# __class_getitem__ makes Class[args] work on a user class (an implicit classmethod).
class Box:
    def __class_getitem__(cls, item):
        if isinstance(item, tuple):
            return f"{cls.__name__}[{', '.join(getattr(i, '__name__', repr(i)) for i in item)}]"
        return f"{cls.__name__}[{getattr(item, '__name__', repr(item))}]"


class Crate(Box):
    pass


print(Box[int], Box[str, float], Crate[list], Box["x"], Box[1, 2])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]])

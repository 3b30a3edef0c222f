# iter() and next() check the protocol: __iter__ must return an iterator, next() needs __next__.
class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NotIterator:
    pass


try:
    next(NotIterator())
except TypeError as e:
    print("TypeError:", e)

# Subclassing list and dict adds methods while keeping the builtin behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1] if self else None


class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1

    def __missing__(self, key):
        return 0


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s))
print(s.pop(), s, isinstance(s, list), type(s).__name__)
print(Stack().peek(), s + [9], type(s + [9]).__name__)
c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c, c["the"], c["dog"], len(c))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

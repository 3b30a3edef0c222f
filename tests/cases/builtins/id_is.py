# id values are compared, never printed.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = "text"
print(id(x) == id(x))

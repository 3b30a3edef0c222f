# isinstance and issubclass with classes, tuples of classes and nested tuples.
class A: pass
class B(A): pass
class C: pass


b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))
print(isinstance(b, (int, (str, (C, B)))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B))
print(issubclass(B, object), isinstance(b, object), isinstance(A, type), isinstance(A, object))
print(isinstance(3, (str, float)), isinstance(True, int), issubclass(bool, (str, int)))
for bad in (lambda: isinstance(b, "A"), lambda: issubclass(b, A), lambda: issubclass(B, (A, 3))):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

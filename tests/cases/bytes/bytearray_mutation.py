# bytearray is mutable.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba, len(ba))
ba[0] = 65
ba[-1] = ord("H")
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.insert(0, 33)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("d"))
ba.reverse()
print(ba)
ba += b"!!"
ba *= 2
print(ba)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append(-1)
except ValueError as e:
    print("ValueError:", e)
ba.clear()
print(ba, ba.copy())

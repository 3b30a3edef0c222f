# chr and ord round-trip.
print([chr(c) for c in (65, 97, 48, 32, 955, 8364)], [ord(c) for c in "Aaλ€"])
print(ord(b"A"), ord(bytearray(b"z")), chr(ord("a") + 25))
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)

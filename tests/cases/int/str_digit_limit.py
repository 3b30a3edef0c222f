# The 4300-digit limit on int/str conversions.
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
ok = int("9" * 4300)
print(len(str(ok)))
print(hex(big)[:10], len(hex(big)))
print(big.bit_length())

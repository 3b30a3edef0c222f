# Edge cases of numeric literals.
print(0x0, 0o0, 0b0)
print(1_2_3, 0xA_B)
print(9999999999999999999999)
print(1e400, -1e400)
print(0.1 + 0.2)
print(1e-400)
print(float('1_0.5'), int('1_000'))

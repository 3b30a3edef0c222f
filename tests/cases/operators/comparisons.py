# Comparison operators across numeric types, strings and sequences.
print(1 == 1.0, 1 != 1.0, 2 > 1.5, -1 < -0.5)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print([1, 2] == (1, 2), "1" == 1, None == None, None == 0)
print(True == 1, False == 0, True > False)
print(float('nan') == float('nan'), float('inf') > 10**100)
print(10**30 > 1e29, 10**30 == 1e30)

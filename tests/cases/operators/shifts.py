# Left and right shifts, including negative numbers and big results.
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1025 >> 100, -1 >> 1, -1024 >> 3, -1025 >> 3)
print(-1 << 5, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)

# %-formatting flags, width and precision.
for v in (42, -42):
    print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (v, v, v, v, v, v))
print("[%8.3s] [%-8s] [%.1s]" % ("abcdef", "ab", "xyz"))
print("[%*d] [%-*d] [%.*f]" % (6, 1, 4, 2, 2, 3.14159))
print("[%#08x] [%#5o] [%10.4e]" % (255, 8, 123.456))

# %-formatting basics.
print("%s is %d years" % ("Ann", 30))
print("%r %s" % ("x", "x"), "%i %d" % (3.9, -3.9))
print("%f %.2f %10.3f| %-10.1f|" % (1.5, 2.345, 3.14159, 2.5))
print("%e %E %.2e %g %G" % (12345.678, 0.000123, 1e10, 1e-5, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c %c" % (72, "i", 0x263A))
print("100%% done" % (), "%s%%" % 50)

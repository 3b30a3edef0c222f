# The c presentation type and %c.
print(f"{97:c}{98:c}{99:c}", f"[{65:^5c}]", "%c%c" % (100, "e"))
for bad in (-1, 0x110000):
    try:
        format(bad, "c")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

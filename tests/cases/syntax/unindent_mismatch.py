# Dedent to a level that does not match any outer block.
if True:
        x = 1
    y = 2

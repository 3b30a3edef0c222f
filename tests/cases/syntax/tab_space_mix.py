# Tab/space inconsistency.
if True:
	x = 1
        y = 2

# Augmented assignment to an invalid target.
x, y += 1

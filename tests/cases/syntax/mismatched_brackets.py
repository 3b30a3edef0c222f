# Mismatched bracket kinds.
items = [1, 2, 3)

# The assignment operator used in an if condition.
x = 1
if x = 1:
    pass

# A block that is missing its indentation.
def f():
return 1

# Keyword argument repeated in a call.
print(sep="a", sep="b")

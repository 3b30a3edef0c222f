# NameError for a misspelled name in a function.
def area(radius):
    return 3.14159 * radius * raduis
print(area(2))

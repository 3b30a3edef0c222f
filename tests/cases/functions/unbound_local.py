# Assigning to a name anywhere in a function makes it local everywhere.
count = 10
def broken():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = 1
    return count
print(broken())
def fine():
    return count + 1
print(fine())

# An explicit raise with a message.
def check(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age
print(check(5))
check(-1)

# A deep but finite recursion that fails at the bottom.
def countdown(n):
    if n == 0:
        return 1 // n
    return countdown(n - 1)
countdown(3)

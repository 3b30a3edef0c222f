# Docstrings are ignored as statements and do not affect results.
def documented(x):
    """Return x doubled.

    More text here.
    """
    return 2 * x
print(documented(4))
def only_doc():
    "A function with only a docstring."
print(only_doc())

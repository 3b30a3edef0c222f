# An invalid character in source.
x = 5 $ 3

# Quote characters inside strings and their repr.
print('He said "hi"')
print("It's")
print(repr("It's"), repr('say "x"'), repr('both \' and "'))
print("""She said "it's" ok""")
print(repr(""), repr(''), repr("'"), repr('"'))

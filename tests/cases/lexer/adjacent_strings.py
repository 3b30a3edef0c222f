# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
x = 5
print("value: " f"{x}" ' done')
t = ("first part, "
     "second part, "
     "third part")
print(t)
print(b"ab" b"cd")
print(r"\n" "\t|")

# The is* predicate methods.
samples = ["abc", "ABC", "Abc", "123", "1.5", "", " ", " \t\n", "a1", "Title Case", "٣", "½", "²",
           "é", "日本", "_id", "id2", "2id", "hello world", "MiXeD"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(),
          s.isprintable(), s.isascii())
print("\x00".isprintable(), "\n".isprintable())

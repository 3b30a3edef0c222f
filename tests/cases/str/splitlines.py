# splitlines with and without keepends.
s = "one\ntwo\r\nthree\rfour\n\nfive"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("no newline".splitlines())

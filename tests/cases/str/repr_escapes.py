# repr of strings picks quotes and escapes control characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\",
          "\x00\x1f\x7f", "é日😀", "\u200b", "\x80\x9f\xa0", "\u2028"]:
    print(repr(s))
print(ascii("é日😀"), ascii("plain"))

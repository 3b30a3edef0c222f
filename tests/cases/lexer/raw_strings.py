# Raw strings keep backslashes literally.
print(r"\n\t\x41")
print(len(r"\n"))
print(r'\'', len(r'\''))
print(r"C:\path\to\file")
print(repr(r"\d+\.\d*"))
print(rb"\x41", len(rb"\x41"))

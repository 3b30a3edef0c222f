# Quotes and escapes around f-string fields.
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"""{d['k']}""")
print(f"tab\t{1}\n{2}")
print(f"{'a' 'b'}", rf"\n{3}")
print(f"{'é'}{chr(0x65E5)}")

# Chains of string methods, as in typical data cleaning.
raw = "  Alice Smith ,  BOB jones,carol  White  "
names = [part.strip().title() for part in raw.split(",")]
print(names)
print([n.split()[-1].upper() for n in names])
print(", ".join(sorted([n.lower().replace(" ", "_") for n in names])))
line = "key1=val1; key2 = val2 ;key3=val3"
pairs = [p.strip().split("=") for p in line.split(";")]
print({k.strip(): v.strip() for k, v in pairs})

# Differences between isdigit, isdecimal and isnumeric.
for s in ["0123", "٠١٢", "²³", "½", "Ⅻ", "一二", "1e5", "-1", "", "۱۲"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())

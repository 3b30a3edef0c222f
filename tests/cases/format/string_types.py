# Formatting strings with s type, width, precision.
for s in ["", "a", "hello", "日本語", "😀x"]:
    print(f"[{s:s}] [{s:8}] [{s:>8}] [{s:^8.2}] [{s:_<6s}]")

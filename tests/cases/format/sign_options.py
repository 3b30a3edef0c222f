# Sign options +, - and space for numbers.
for v in (42, -42, 0, 3.5, -3.5, -0.0):
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+08.2f}] [{v: >+6}]")
print(f"[{float('nan'):+}] [{float('inf'): }]")

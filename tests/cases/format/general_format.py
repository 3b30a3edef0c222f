# The g format switches between fixed and exponent notation.
for v in [1e-5, 1e-4, 0.001, 1.0, 123456.0, 1234567.0, 1e15, 1e16, 0.1 + 0.2, 100.0]:
    print(f"{v:g} {v:.3g} {v:#.3g} {v:.10g} {v!s} {v:}")
for v in [1e-5, 1e16, 1234567.0]:
    print(format(v, ""), format(v, ".2"), format(v, "<12"))

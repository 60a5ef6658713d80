# float.__format__ corner cases
x = 1234.5678
for spec in ["", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", "_.2f", ",.1f", "08.2f", "%", ".0%", "g", ".0f", "#.0f", "e", "E", "G", ".10g", "n", "-", " .1f", "=+10.1f", "x<12"]:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e16, 1e-7, 123456789.0, 0.1]:
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "010.2f"), format(v, "e"), str(v))
for spec in ["d", "s", ".2x", "z"]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(type(e).__name__, e)

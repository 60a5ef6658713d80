# Precisions and widths far beyond what Rust's formatter takes: the digits past a double's
# exact expansion are zeros, as CPython prints them.
values = [1.5, 2.0 ** -1074, 1e300, -0.0, float("inf"), float("nan"), 12345]
for f in ["%.70000f", "%.70000e", "%.70000g", "%#.70000g", "%#.70000f", "%70000.2f",
          "%-70000s", "%070000d"]:
    for v in values:
        try:
            r = f % v
            print(f, v, len(r), r[:14], r[-14:])
        except Exception as e:
            print(f, v, type(e).__name__, e)
for f in ["{:.70000f}", "{:.70000e}", "{:.70000g}", "{:#.70000g}", "{:.70000%}",
          "{:.70000}", "{:70000}", "{:>70000.3f}"]:
    for v in values:
        try:
            r = f.format(v)
            print(f, v, len(r), r[:14], r[-14:])
        except Exception as e:
            print(f, v, type(e).__name__, e)
for f in ["{:.70000f}", "{:.70000e}", "{:.70000g}"]:
    r = f.format(2.5 + 1j)
    print(f, len(r), r[:14], r[-14:])
try:
    "%.2147483648f" % 1.5
except Exception as e:
    print(type(e).__name__, e)

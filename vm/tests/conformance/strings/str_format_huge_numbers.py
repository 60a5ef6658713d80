# Widths, precisions and field numbers beyond sys.maxsize are refused.
import sys
big = sys.maxsize + 1
for spec in [f"{big}f", f".{big}f", f"{big}.2f"]:
    try:
        format(2.34, spec)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ("{%d:.6f}" % big).format(2.34)
except ValueError as e:
    print(type(e).__name__, e)
for fmt in [f"%.{big}f", f"%{big}f", "%.2147483648f"]:
    try:
        fmt % 2.34
    except ValueError as e:
        print(type(e).__name__, e)
for fmt, args in [("%*s", (big, "")), ("%.*f", (big, 1 / 7)), ("%.*f", (2**31, 1.0)), ("%*s", ("x", "y"))]:
    try:
        fmt % args
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(repr("%*s|" % (-5, "abc")), repr("%-*s|" % (-5, "abc")), repr("%*s|" % (5, "abc")))

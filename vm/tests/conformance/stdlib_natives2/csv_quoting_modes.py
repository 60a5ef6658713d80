# Each quoting mode for writing and reading the same fields.
import _csv, io

fields = ["text", 1, 2.5, "", None, "a,b", 'q"q', True]
for mode in (_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE):
    out = io.StringIO()
    try:
        _csv.writer(out, quoting=mode, escapechar="\\").writerow(fields)
    except _csv.Error as e:
        print(mode, "Error", e)
        continue
    text = out.getvalue()
    print(mode, repr(text))
    try:
        print("  ->", next(_csv.reader([text], quoting=mode, escapechar="\\")))
    except ValueError as e:
        print("  ->", type(e).__name__, e)

class Num:
    def __float__(self):
        return 4.5
    def __str__(self):
        return "num"
out = io.StringIO()
_csv.writer(out, quoting=_csv.QUOTE_NONNUMERIC).writerow([Num(), "s", -3])
print(repr(out.getvalue()))
print(list(_csv.reader(['"s",4.5,-3,1e3,nan'], quoting=_csv.QUOTE_NONNUMERIC)))

# Records spanning lines: quoted newlines, escaped newlines, and how line_num counts.
import _csv, io

text = 'a,"multi\nline\nfield",c\r\nnext,"x\r\ny",z\r\n"unterminated\n'
r = _csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
r = _csv.reader(["one\\\n", "two,three\n"], escapechar="\\")
print(list(r), r.line_num)
r = _csv.reader(['"a', "b", 'c"', "d"])
print(list(r), r.line_num)
r = _csv.reader(['"a', "b"], strict=True)
try:
    print(list(r))
except _csv.Error as e:
    print("Error", e, r.line_num)
out = io.StringIO()
w = _csv.writer(out, lineterminator="\n")
w.writerow(["multi\nline", "cr\rhere", "both\r\nends"])
print(repr(out.getvalue()))
print(list(_csv.reader(io.StringIO(out.getvalue(), newline=""))))

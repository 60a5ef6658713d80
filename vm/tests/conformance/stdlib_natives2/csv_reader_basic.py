# Reading: fields, quotes, blank lines, line numbers, records spanning lines.
import _csv

def show(lines, **kw):
    r = _csv.reader(lines, **kw)
    try:
        print(repr(lines), "->", list(r), r.line_num)
    except Exception as ex:
        print(repr(lines), type(ex).__name__, ex, r.line_num)

show(["a,b,c"])
show(["a,b,c\r\n", "1,2,3\n", "x\r"])
show(["", "a", ""])
show(['"a,b",c'])
show(['"a""b"'])
show(['"a\nb",c\n'])
show(['a,"b', 'c"'])
show(['a,"b\n', 'c"\n'])
show(['"a"b,c'])
show(['a"b"c,d'])
show([",,"])
show(['""'])
show(["a\0b"])
show(["a\rb"])
show(["a,b\n", 1])
show([b"a,b"])
show(['a,"b'])
r = _csv.reader(["a", "b"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("StopIteration", r.line_num)

# Reading under each dialect option.
import _csv

def show(lines, *args, **kw):
    try:
        print(args, kw, list(_csv.reader(lines, *args, **kw)))
    except Exception as ex:
        print(kw, type(ex).__name__, ex)

show(["a;b,c"], delimiter=";")
show(["a, b,  \"c\""], skipinitialspace=True)
show(["a, b,  \"c\""])
show(['"a""b"'], doublequote=False)
show(['"a\\"b",c'], escapechar="\\")
show(["a\\,b,c\\"], escapechar="\\")
show(["a\\\n", "b"], escapechar="\\")
show(['"a,b"'], quoting=_csv.QUOTE_NONE)
show(["'a,b',c"], quotechar="'")
show(['1,"2",3.5,', " 4"], quoting=_csv.QUOTE_NONNUMERIC)
show(["1,x"], quoting=_csv.QUOTE_NONNUMERIC)
show(['"a"b'], strict=True)
show(['"a'], strict=True)
show(['"a"'], strict=True)
show(["a|b"], delimiter="|", lineterminator="|")
show(["a,b"], 1)
r = _csv.reader([], delimiter=";")
print(r.dialect.delimiter, type(r).__name__, type(r).__module__)
for bad in [(), (1,), ([], "nope")]:
    try:
        _csv.reader(*bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    _csv.Reader()
except TypeError as ex:
    print("TypeError", ex)

# Writing: quoting decisions, the returned count, empty records.
import _csv, io

def show(rows, **kw):
    out = io.StringIO()
    w = _csv.writer(out, **kw)
    try:
        results = [w.writerow(row) for row in rows]
        print(kw, results, repr(out.getvalue()))
    except Exception as ex:
        print(kw, type(ex).__name__, ex, repr(out.getvalue()))

show([["a", "b"], [1, 2.5, None, True]])
show([["a,b", 'say "hi"', "line\nbreak", "cr\rhere"]])
show([["a\rb"]], lineterminator="\n")
show([["a\nb"]], lineterminator="\r")
show([[""], ["", ""], []])
show(["abc"])
show([[None, 1, 1.5, True, "x", 1 + 2j]], quoting=_csv.QUOTE_NONNUMERIC)
show([["a", 1, None]], quoting=_csv.QUOTE_ALL)
show([[""]], quoting=_csv.QUOTE_NONE)
show([['a"b']], quoting=_csv.QUOTE_NONE)
show([['a"b', "c,d"]], quoting=_csv.QUOTE_NONE, escapechar="\\")
show([['a"b']], doublequote=False)
show([['a"b']], doublequote=False, escapechar="\\")
show([["a\\b"]], escapechar="\\")
show([["a,b"]], quotechar=None, escapechar="\\")
show([["a,b"]], quotechar=None)
show([["a b", " a"]], delimiter=" ")
show([["x'y", "p,q"]], quotechar="'", lineterminator="\n")
show([1])
show([None])

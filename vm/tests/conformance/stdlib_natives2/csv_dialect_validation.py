# _csv.Dialect checks each formatting parameter with CPython's messages.
import _csv

def attempt(**kw):
    try:
        d = _csv.Dialect(**kw)
        print(sorted(kw), "->", repr(d.delimiter), d.doublequote, repr(d.escapechar),
              repr(d.lineterminator), repr(d.quotechar), d.quoting, d.skipinitialspace, d.strict)
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)

attempt()
attempt(delimiter=1)
attempt(delimiter="ab")
attempt(delimiter="")
attempt(delimiter=None)
attempt(delimiter=";")
attempt(quotechar=1)
attempt(quotechar="ab")
attempt(quotechar=None)
attempt(quotechar=None, quoting=_csv.QUOTE_MINIMAL)
attempt(quotechar=None, quoting=_csv.QUOTE_NONE)
attempt(escapechar=1)
attempt(escapechar="ab")
attempt(escapechar="\\")
attempt(lineterminator=1)
attempt(lineterminator=None)
attempt(lineterminator="\n")
attempt(quoting="a")
attempt(quoting=7)
attempt(quoting=None)
attempt(quoting=1.0)
attempt(quoting=True)
attempt(strict=2, skipinitialspace=[], doublequote=0)
attempt(foo=1)

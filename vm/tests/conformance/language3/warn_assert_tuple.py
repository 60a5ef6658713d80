# `assert (test, msg)` is always true: a SyntaxWarning, also under optimisation.
import warnings

def show(src, **kw):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec", **kw)
    print(repr(src), kw, [(x.category.__name__, str(x.message), x.lineno) for x in w])

show('assert(x, "msg")')
show('assert(False, "msg")')
show('assert(False,)')
show('\nassert (1, 2, 3)')
show('assert(x, "msg")', optimize=1)
show('assert x, "msg"')
show('assert ()')
show('assert (x)')

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    compile('assert x, "msg" ', "<case>", "exec")
    try:
        compile('assert(x, "msg")', "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# `is` / `is not` with a literal: a SyntaxWarning from the compiler, one per comparison.
import warnings

def show(src, mode="exec"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<case>", mode)
    print(repr(src), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

show("x is 1")
show("x is 'thing'")
show("1 is x")
show("x is y is 1")
show("x is not 1")
show("x is -1")
show("x is (1, 2)")
show("x is ()")
show("x is b''")
show("\n\nif x is 2.5: pass")
show("y = [a for a in b if a is not 'q']")
show("def f():\n    return x is 1j")
# The singletons and non-literals are fine.
for ok in ["x is None", "x is True", "x is False", "x is ...", "x is y", "x is (y, 1)", "x == 1"]:
    show(ok)

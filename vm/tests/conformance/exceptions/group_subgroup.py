# subgroup by type, tuple of types and predicate; nesting is kept.
g = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
])
print(repr(g.subgroup(ValueError)))
print(repr(g.subgroup((TypeError, KeyError))))
print(repr(g.subgroup(lambda e: isinstance(e, LookupError))))
print(g.subgroup(ZeroDivisionError))
print(g.subgroup(Exception) is g)
print(g.subgroup(ExceptionGroup) is g)
print(repr(g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
print(repr(g.subgroup(lambda e: getattr(e, "args", ()) == (3,))))
for bad in (1, [ValueError], (ValueError, 1), "x"):
    try:
        g.subgroup(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.subgroup()
except TypeError as e:
    print(type(e).__name__, e)

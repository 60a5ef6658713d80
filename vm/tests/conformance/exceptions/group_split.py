# split returns (match, rest) with the structure of the original group.
g = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4)]),
])
m, r = g.split(ValueError)
print(repr(m))
print(repr(r))
m, r = g.split(Exception)
print(m is g, r)
m, r = g.split(OSError)
print(m, r is g)
m, r = g.split(lambda e: isinstance(e, (TypeError, KeyError)))
print(repr(m))
print(repr(r))
m, r = g.split((ValueError, TypeError, KeyError))
print(m is g, r)
leaves = g.exceptions
m, r = g.split(ValueError)
print(m.exceptions[0] is leaves[0], m.exceptions[1].exceptions[0] is leaves[2].exceptions[0])
try:
    g.split(None)
except TypeError as e:
    print(type(e).__name__, e)

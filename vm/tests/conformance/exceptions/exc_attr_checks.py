# __cause__/__context__ take only exceptions or None, and cannot be deleted; the same for
# args and __traceback__.
e = Exception()
for name in ("__cause__", "__context__"):
    try:
        setattr(e, name, 1)
    except TypeError as x:
        print(name, type(x).__name__, x)
    setattr(e, name, KeyError())
    print(name, repr(getattr(e, name)))
    setattr(e, name, None)
    print(name, getattr(e, name))
for name in ("__cause__", "__context__", "args", "__traceback__"):
    try:
        delattr(e, name)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(type(x).__name__, x)
print(e.__suppress_context__)
e.__cause__ = ValueError()
print(e.__suppress_context__)

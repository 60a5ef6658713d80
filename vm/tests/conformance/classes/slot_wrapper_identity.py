print(int.__dict__["__add__"] is int.__add__, "__add__" in dir(int), "__len__" in dir([]))
print(callable(int.__add__), int.__add__.__name__, object.__eq__, object.__lt__(1, 2))
print(repr(str.__len__), repr(list.__contains__), repr(type.__call__))
print(sorted(k for k in vars(type) if k in ("__call__", "__or__", "mro", "__init__")))
print(bool.__add__ is int.__add__, True.__add__(True), float.__lt__(1.0, 2))
x = [3]
m = x.__len__
print(m(), m.__self__ is x, m.__name__)
for f, a in ((dict.__setitem__, ([], 1, 2)), (str.__lt__, (1, "a"))):
    try:
        f(*a)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

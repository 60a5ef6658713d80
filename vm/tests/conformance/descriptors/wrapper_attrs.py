# staticmethod and classmethod expose the wrapped function's attributes and repr.


def func(x):
    """doc of func"""
    return x


func.__annotations__["x"] = int
for wrap in (staticmethod, classmethod):
    w = wrap(func)
    print(w.__func__ is func, w.__wrapped__ is func)
    for attr in ("__module__", "__qualname__", "__name__", "__doc__", "__annotations__"):
        print(attr, getattr(w, attr) is getattr(func, attr), getattr(w, attr))
    print(repr(w).replace(hex(id(func)), "ADDR"))
print(staticmethod(func)(5))
try:
    classmethod(func)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(staticmethod(len)), repr(classmethod(staticmethod(len))))

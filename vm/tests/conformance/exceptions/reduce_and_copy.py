# __reduce__, __setstate__ and copying exceptions; class-specific fields stay out of __dict__.
import copy
print(ValueError(1).__reduce__())
print(ValueError().__reduce__())
print(OSError(2, "nf", "f").__reduce__())
print(OSError(2, "nf", "f", None, "g").__reduce__())
print(OSError(2, "nf").__reduce__())
print(OSError(2, "nf", "f").__dict__, NameError("x", name="n").__dict__)
e = KeyError("k")
e.extra = [1, 2]
print(e.__reduce__())
c = copy.copy(e)
print(repr(c), c.extra, c.extra is e.extra)
d = copy.deepcopy(e)
print(repr(d), d.extra, d.extra is e.extra)
o = copy.copy(OSError(2, "No such file or directory", "f"))
print(type(o).__name__, str(o), o.filename)
g = copy.copy(ExceptionGroup("g", [ValueError(1)]))
print(repr(g), g.message)
s = ValueError()
s.__setstate__({"a": 1})
s.__setstate__(None)
print(s.a)
try:
    s.__setstate__(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    s.__setstate__({1: 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    (1).foo
except AttributeError as err:
    print(err.__dict__, err.name, err.obj)
err = OSError(1, "x")
err.errno = 99
print(err.errno, err.__dict__, str(err))

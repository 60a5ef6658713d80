# ImportError's name and path: __init__ resets those not given; copying and the
# reduce value (what pickle uses) keep them.
import copy

exc = ImportError("test", name="name", path="path")
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__("again", path="p2")
print(exc.args, exc.msg, exc.name, exc.path)

for kwargs in ({}, {"name": "n"}, {"path": "p"}, {"name": "n", "path": "p"}):
    orig = ImportError("test", **kwargs)
    # What pickle does with the reduce value.
    parts = orig.__reduce__()
    e = parts[0](*parts[1])
    if len(parts) > 2:
        e.__setstate__(parts[2])
    print("rebuilt:", e.args, e.msg, e.name, e.path)
    for c in (copy.copy, copy.deepcopy):
        e = c(orig)
        print(kwargs, e.args, e.msg, e.name, e.path)
print(ImportError("m", name="x").__reduce__())
orig = ImportError("m", name="x")
orig.extra = 1
print(ModuleNotFoundError("m", path="q").__reduce__()[2] == {"path": "q"})
print(sorted(orig.__reduce__()[2].items()))

ne = NameError("n", name="nm")
ne.__init__("n")
print(ne.name)
ae = AttributeError("a", name="x", obj=1)
ae.__init__()
print(ae.name, ae.obj)
try:
    ImportError("x", bad=1)
except TypeError as x:
    print(type(x).__name__, x)

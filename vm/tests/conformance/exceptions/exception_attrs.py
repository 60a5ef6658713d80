# Attributes of specific exception classes.
print(NameError("a", name="b").name, NameError("a").name)
print(AttributeError("a", name="b", obj=3).obj, AttributeError("a").obj)
i = ImportError("a", name="mod", path="/p")
print(i.name, i.path, i.msg, str(i))
print(ImportError("a", "b").msg, ImportError().name)
for make in (lambda: NameError("a", foo=1), lambda: ImportError(x=1),
             lambda: AttributeError(obj=1, other=2), lambda: ValueError(1, x=2)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
print(StopIteration(1, 2).value, StopIteration().value)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit("bye").code)
print(str(KeyError("a")), str(KeyError("a", "b")), repr(str(KeyError())))
print(str(KeyError(1)), str(KeyError(None)))
try:
    {}[("t", 1)]
except KeyError as e:
    print(str(e), e.args)
try:
    undefined_name
except NameError as e:
    print(e.name)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj)

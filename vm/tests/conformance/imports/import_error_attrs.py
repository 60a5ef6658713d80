# ImportError's msg, name and path, from the constructor and from failed imports
e = ImportError("message", name="mod", path="/some/path")
print(e.msg, e.name, e.path, e.args, repr(e))
e = ModuleNotFoundError("m")
print(e.msg, e.name, e.path)
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
e = ImportError("a", "b")
print(e.msg, e.args)
try:
    ImportError("m", other=1)
except TypeError as x:
    print(type(x).__name__, x)
class Custom(ImportError):
    pass
c = Custom("x", name="n")
print(c.name, c.msg, isinstance(c, ImportError))
try:
    import no_module_here
except ImportError as x:
    print(x.msg, x.name, x.path, x.args)
try:
    from mod_noall import nothing_here
except ImportError as x:
    print(x.msg.replace(__file__.rsplit("/", 1)[0] + "/", ""), x.name)
print(issubclass(ModuleNotFoundError, ImportError))

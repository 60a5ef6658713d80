# module.__new__ alone makes an uninitialised module; module() still needs a name.
from types import ModuleType as M

m = M.__new__(M)
print(str(m), hasattr(m, "__name__"), hasattr(m, "foo"), m.__dict__)
m.foo = 1
print(m.__dict__, m.foo)
try:
    M()
except TypeError as e:
    print(type(e).__name__, e)
n = M("named", "doc")
print(n.__name__, n.__doc__, repr(n))

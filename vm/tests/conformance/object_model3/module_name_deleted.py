# A module's repr and missing-attribute message use the name in its namespace.
from types import ModuleType

m = ModuleType("foo")
print(repr(m), m.__init__.__name__)
del m.__name__
print(repr(m))
try:
    m.not_here
except AttributeError as e:
    print(type(e).__name__, e)
m.__file__ = "/tmp/foo.py"
print(repr(m))
n = ModuleType("bar")
try:
    n.missing
except AttributeError as e:
    print(type(e).__name__, e)

# importlib.util: relative name resolution and the spec of a loaded module.
import importlib.util as u
import sys

print(u.resolve_name("..b", "pkg.sub"), u.resolve_name("x", None), u.resolve_name(".c", "p"))
try:
    u.resolve_name(".x", None)
except ImportError as e:
    print("ImportError", e)
spec = u.find_spec("sys")
print(spec.name, u.find_spec("surely_no_such_module_here") is None)
print(u.source_from_cache("/a/__pycache__/m.cpython-311.pyc"))

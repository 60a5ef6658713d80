# importlib.reload re-runs a module's code in its own namespace
import importlib, sys
import mod_reloadable
first = mod_reloadable
again = importlib.reload(mod_reloadable)
print(again is first, mod_reloadable.loads)
import pkg_basic.plain
pkg_basic.plain.x = "changed"
importlib.reload(pkg_basic.plain)
print(pkg_basic.plain.x)
try:
    importlib.reload("mod_reloadable")
except TypeError as e:
    print(type(e).__name__, e)
del sys.modules["mod_reloadable"]
try:
    importlib.reload(first)
except ImportError as e:
    print(type(e).__name__, e, e.name)

# relative imports in a script have no parent package
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from .mod_simple import counter
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
from . import nothing

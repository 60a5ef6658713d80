# from-import of a name a partially initialised module does not have yet
try:
    import pkg_circ.c
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).replace(__file__.rsplit("/", 1)[0], "DIR"))
import sys
print("pkg_circ.c" in sys.modules, "pkg_circ.d" in sys.modules)

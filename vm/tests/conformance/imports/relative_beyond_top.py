# a relative import that climbs above the top-level package
try:
    import pkg_rel.inner.leaf.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("pkg_rel.inner.leaf.beyond" in sys.modules)

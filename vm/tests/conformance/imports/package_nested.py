# import a.b.c.d binds a; every level runs once and is an attribute of its parent
import pkg_basic.sub.deep.mod
print(pkg_basic.sub.deep.mod.answer)
print(pkg_basic.sub.deep.mod.__name__, pkg_basic.sub.deep.mod.__package__)
print(pkg_basic.sub.__package__, pkg_basic.sub.deep.__package__)
import pkg_basic.sub.leaf
print(pkg_basic.sub.leaf.hello())
print("leaf" in dir(pkg_basic.sub))
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_basic")))

# a package's __init__ runs once, however many of its submodules are imported and how
import pkg_basic.sub.leaf
import pkg_basic.sub.deep.mod
from pkg_basic import plain
from pkg_basic.sub import leaf as l2
import pkg_basic.sub as s
print(s.leaf is l2, s.deep.mod.answer, plain.x)
import sys
print(sys.modules["pkg_basic.sub"] is s)

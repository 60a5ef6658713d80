# from pkg import sub imports the submodule when it is not an attribute yet
from pkg_basic import plain
print(plain.x)
from pkg_basic.sub import leaf, deep
print(leaf.hello(), deep.__name__)
from pkg_basic.sub.deep import mod as renamed
print(renamed.answer)
import pkg_basic
print(pkg_basic.plain is plain)

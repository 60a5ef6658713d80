# from pkg import * honours __all__, importing listed submodules
from pkg_all import *
print(public, _private_but_listed, sub_mod.__name__)
print("other" in globals())

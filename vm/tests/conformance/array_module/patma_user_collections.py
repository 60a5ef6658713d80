# collections.UserDict matches mapping patterns; UserList and UserString match sequence
# patterns; in multiple inheritance the first flagged base decides.
import collections
x = collections.UserDict({0: 1, 2: 3})
match x:
    case {2: 3, **rest}:
        print("map", rest)
match collections.UserList([1, 2]):
    case [a, b]:
        print("seq", a, b)
match collections.UserString("ab"):
    case [a, b]:
        print("str seq", a, b)
class M(collections.UserDict, list):
    pass
class S(collections.UserList, dict):
    pass
for obj in (M(), S()):
    match obj:
        case {}:
            print(type(obj).__name__, "map")
        case []:
            print(type(obj).__name__, "seq")
# A builtin base's own kind wins over a flagged ABC later in the MRO.
from abc import ABCMeta
class SeqABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
class MapABC(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6
class C:
    pass
class L(list, C, MapABC):
    pass
class D(dict, SeqABC, C):
    pass
for obj in (L(), D()):
    match obj:
        case {}:
            print(type(obj).__name__, "map")
        case []:
            print(type(obj).__name__, "seq")
    match obj:
        case []:
            print(type(obj).__name__, "seq")
        case {}:
            print(type(obj).__name__, "map")

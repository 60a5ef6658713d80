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

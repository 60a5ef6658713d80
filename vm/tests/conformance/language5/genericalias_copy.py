# Generic aliases copy (shallow and deep) and reduce as CPython's do, starred ones too.
import copy
import typing
import types

T = typing.TypeVar("T")
aliases = [list[int], dict[str, list[int]], tuple[int, ...], list[T]]
for a in aliases:
    c, d = copy.copy(a), copy.deepcopy(a)
    print(a, c == a, d == a, type(c) is types.GenericAlias, c.__args__ == a.__args__)
print(list[int].__reduce__())
star = next(iter(tuple[int, str]))
func, args = star.__reduce__()
print(star, func is next, type(args[0]).__name__)
s2 = copy.copy(star)
print(s2, s2 == star, s2.__unpacked__)


class Sub(types.GenericAlias):
    pass


sub = Sub(list, (int,))
print(type(copy.deepcopy(sub)).__name__, copy.deepcopy(sub))

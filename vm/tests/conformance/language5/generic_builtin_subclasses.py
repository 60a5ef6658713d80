# Builtin generic classes have __class_getitem__, inherited by their subclasses, and a
# GenericAlias subclass can pass its origin and arguments to GenericAlias.__new__.
import types


class MyList(list):
    pass


class MyDict(dict):
    pass


print(MyList[int], MyDict[str, int], MyList[int]().__class__.__name__)
print(list.__class_getitem__(int), tuple.__class_getitem__((int, str)))
print(type(MyList[int]) is types.GenericAlias, MyList[int].__origin__ is MyList)
for t in (tuple, list, dict, set, frozenset, enumerate):
    print(t[int], t[int]() if t is not enumerate else t[int]([]).__class__.__name__)


class Alias(types.GenericAlias):
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)


a = Alias(list, (int,))
print(type(a).__name__, a, a.__origin__, a.__args__, a == list[int])
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int).__args__)
try:
    list.__class_getitem__()
except TypeError as e:
    print(type(e).__name__)

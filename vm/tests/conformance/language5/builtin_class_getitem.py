# The builtin generic classes' __class_getitem__ is a class method, inherited.
class Pair(tuple):
    pass


class Bag(set):
    pass


print(Pair[int, str], Bag[int], Pair[int, str]((1, "a")))
cg = list.__class_getitem__
print(cg.__self__ is list, cg(int), list.__dict__["__class_getitem__"].__class__.__name__ != "function")
print(dict[int, str](a=1) if False else dict[int, str]({1: "a"}))
print(frozenset[int]([1, 1, 2]), enumerate[str]("ab").__class__.__name__)
print(Pair.__class_getitem__(bytes), Pair[int].__origin__ is Pair)
print([t[int] == t[int] for t in (tuple, list, dict, set, frozenset)])
print(list[int] == list[str], list[int] == Pair[int], hash(list[int]) == hash(list[int]))

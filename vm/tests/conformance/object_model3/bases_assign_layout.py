# A class keeps its instances' layout: bases giving another builtin payload are refused.
class L(list):
    pass


class L2(list):
    def tag(self):
        return "L2"


class Plain:
    pass


for value in [(dict,), (Plain,), (L2,), (list,)]:
    try:
        L.__bases__ = value
        print("ok", [k.__name__ for k in L.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)
x = L([1, 2])
print(x, len(x))


class E1(Exception):
    pass


E1.__bases__ = (ValueError,)
print([k.__name__ for k in E1.__mro__], isinstance(E1(), ValueError))

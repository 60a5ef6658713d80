print((1).__add__('a'), (1.5).__add__('x'))
for f in (lambda: [].__add__(()), lambda: ().__add__(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print((1).__add__(2.5), (2.5).__radd__(1), (3).__truediv__(2), (7).__floordiv__(2))
print((1).__eq__(1.0), (1).__lt__('a'), 'a'.__lt__('b'), (1, 2).__eq__((1, 2)))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3), (5).__mod__(3), (5).__rmod__(17))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2))
print({1, 2}.__and__({2}), {1}.__or__({2}) == {1, 2}, {"a": 1}.__or__({"b": 2}))
print((7).__divmod__(2), (7).__rdivmod__(30), (7.5).__divmod__(2))
print((-3).__abs__(), (3).__neg__(), (3).__invert__(), (2.5).__round__(), (1234).__round__(-2))
print(int.__index__(5), int.__bool__(0), float.__int__(3.9), int.__float__(2))
l = [1]
print(l.__iadd__([2]), l, l.__imul__(2))
s = {1}
print(s.__ior__({2}) == {1, 2}, s)
class Num:
    def __radd__(self, o): return "Num.radd"
print(1 + Num(), (1).__add__(Num()))
print(repr(int.__add__), repr(list.__len__), repr(object.__lt__))

# Bad values for __bases__ raise TypeError with CPython's messages; the class is unchanged.
class C:
    pass


class D(C):
    pass


class E(D):
    pass


for value in [(), 5, [C], (C, C), (D,), (E,), (1,), (type(None),), (object, type(None)), (C, list)]:
    try:
        D.__bases__ = value
        print("assigned", value)
    except TypeError as e:
        print(type(e).__name__, e)
print(D.__bases__, [k.__name__ for k in E.__mro__])
try:
    del D.__bases__
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__bases__ = (dict,)
except TypeError as e:
    print(type(e).__name__, e)
print(list.__bases__)

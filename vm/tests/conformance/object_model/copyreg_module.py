# copyreg: the reduction registry, _slotnames, the extension registry, _reconstructor.
import copyreg
import copy


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
q = copy.copy(Point(1, 2))
print(q.x, q.y)
del copyreg.dispatch_table[Point]
print(copy.copy(Point(1, 2)).x)
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg.dispatch_table[complex](3 + 4j))


class A:
    __slots__ = ("a", "__private", "__dict__")


class B(A):
    __slots__ = "b"


print(copyreg._slotnames(B), B.__slotnames__, copyreg._slotnames(Point))

copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
for args in (("mod", "other", 240), ("mod", "name", 241), ("m", "n", 0)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(type(e).__name__, e)
copyreg.remove_extension("mod", "name", 240)
try:
    copyreg.remove_extension("mod", "name", 240)
except ValueError as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


obj = copyreg._reconstructor(MyList, list, [1, 2])
print(type(obj).__name__, obj)
print(type(copyreg._reconstructor(Point, object, None)).__name__)
print(copyreg.__newobj__(MyList).__class__.__name__)

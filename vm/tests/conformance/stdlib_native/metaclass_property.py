# A property defined on a metaclass is computed when read from the class.
class Meta(type):
    @property
    def members(cls):
        return ["m", cls.__name__]

    @property
    def shadowed(cls):
        return "from the metaclass property"

    no_getter_only = property(None)


class A(metaclass=Meta):
    shadowed = "from the class"


class B(A):
    pass


print(A.members, B.members)
print(A.shadowed)  # the metaclass's data descriptor wins over the class dict
print(A().shadowed)  # an instance sees the class attribute
try:
    A().members
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.no_getter_only
except AttributeError as e:
    print(type(e).__name__, e)


class Descr:
    def __get__(self, obj, owner):
        return ("get", obj.__name__, owner.__name__)

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class NonData:
    def __get__(self, obj, owner):
        return "non-data"


class Meta2(type):
    d = Descr()
    nd = NonData()


class C(metaclass=Meta2):
    nd = "class value wins over a non-data descriptor"


print(C.d)
print(C.nd)

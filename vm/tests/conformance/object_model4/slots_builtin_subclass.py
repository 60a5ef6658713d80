# A subclass of a builtin type whose __slots__ leave no __dict__ has none.


class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""

    __slots__ = ()


try:
    class Foo:
        @PropertySubSlots
        def spam(self):
            """Copying this docstring raises"""
            return 1
except AttributeError as e:
    print(type(e).__name__, e)


class PropertySub(property):
    """A subclass of property"""


class Bar:
    @PropertySub
    def spam(self):
        """spam's doc"""
        return 1


print(Bar.spam.__doc__, Bar().spam)


class T(tuple):
    __slots__ = ()


t = T((1, 2))
try:
    t.q = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(t, "__dict__"))


class L(list):
    __slots__ = ("tag",)


x = L([1])
x.tag = "t"
print(x.tag, x)
try:
    x.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
L.tag.__set__(x, "u")
print(x.tag)
try:
    x.__dict__
except AttributeError as e:
    print(type(e).__name__, e)


class S(str):
    pass


s = S("a")
s.k = 1
print(s.__dict__)

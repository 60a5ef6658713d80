# A bare object() has no __dict__ and takes no attributes; subclasses do.
a = object()
print(hasattr(a, "__dict__"), hasattr(a, "foo"))
try:
    a.foo = 12
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.foo
except AttributeError as e:
    print(type(e).__name__, e)


class C:
    pass


c = C()
c.foo = 1
print(c.__dict__, hasattr(C(), "__dict__"))


class S:
    __slots__ = ()


print(hasattr(S(), "__dict__"))


def f():
    pass


for maker in (classmethod, staticmethod):
    try:
        maker(f, kw=1)
    except TypeError as e:
        print(type(e).__name__, e)

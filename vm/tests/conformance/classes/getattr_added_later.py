# __getattr__ and __getattribute__ assigned to a base after a subclass exists apply to
# the subclass's instances.
class A:
    pass


class B(A):
    pass


class D(B):
    pass


d = D()
d.bar = 42
try:
    d.spam
except AttributeError as e:
    print(type(e).__name__, e)


def __getattr__(self, name):
    if name in ("spam", "foo"):
        return "hello"
    raise AttributeError(name)


B.__getattr__ = __getattr__
print(d.spam, d.foo, d.bar)
del B.__getattr__
try:
    d.spam
except AttributeError as e:
    print(type(e).__name__, e)
A.foo = "class attr"
print(d.foo)

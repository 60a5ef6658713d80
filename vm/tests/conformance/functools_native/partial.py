# functools.partial as the native _functools class: calls, flattening, repr, state,
# subclassing and attributes.
import functools
from _functools import partial


def f(*args, **kw):
    return args, kw


p = partial(f, 1, 2, x=3)
print(p(3, y=4), p(x=9))
print(p.func is f, p.args, p.keywords)
print(type(p).__name__, type(p).__module__, functools.partial is partial)

# A partial of a plain partial merges into one.
q = partial(p, 5, z=6)
print(q.func is f, q.args, q.keywords)
# One with attributes of its own is kept as the function.
p.tag = "t"
r = partial(p, 7)
print(r.func is p, vars(p), r())


class Sub(partial):
    pass


s = Sub(f, 1, k=2)
print(type(s).__name__, s(0), isinstance(s, partial))
print(partial(s, 9).func is f)

# repr names the class; a partial inside its own arguments shows as ...
print(repr(partial(len, "ab")).startswith("functools.partial(<built-in function len>"))
print(repr(Sub(len))[:4])
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).endswith(", ...)"))

# __reduce__ and __setstate__, as pickle uses them.
cls, args, state = p.__reduce__()
print(cls is partial, args[0] is f, state[1:])
n = partial(len)
n.__setstate__((f, (1,), {"a": 2}, {"d": 4}))
print(n(), n.d)
n.__setstate__((f, [3], None, None))
print(n(), n.args, vars(n))
for bad in [(f,), (1, (), {}, None), (f, 1, {}, None), (f, (), 1, None)]:
    try:
        n.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

# Errors.
for call in [lambda: partial(), lambda: partial(1), lambda: partial(f).__setstate__(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, 1)
    except AttributeError:
        print("read-only", attr)

# Keyword arguments given at the call override the stored ones.
print(partial(f, a=1)(a=2, b=3))
print(partial[int])


class A:
    meth = partial(f, "frozen")


print(A().meth("x"))

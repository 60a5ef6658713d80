# The `__dict__` / `__weakref__` entries are getset descriptors.
import types


class C:
    pass


d = C.__dict__["__dict__"]
w = C.__dict__["__weakref__"]
print(d)
print(w)
print(type(d), type(d) is types.GetSetDescriptorType)
print(d.__name__, d.__qualname__, d.__objclass__ is C)
print(d.__doc__)
print(w.__doc__)
c = C()
c.x = 1
print(d.__get__(c, C), d.__get__(c))
print(w.__get__(c), c.__weakref__)
print(d.__get__(None, C) is d)
print(C.__weakref__ is w)

for f in (
    lambda: d.__get__(1),
    lambda: d.__get__(None, None),
    lambda: d.__set__(c, 1),
    lambda: d.__set__(1, {}),
    lambda: w.__set__(c, 1),
    lambda: type(d)(),
):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Sub(types.GetSetDescriptorType if False else object):
    pass


try:
    class Bad(types.GetSetDescriptorType):
        pass
except TypeError as e:
    print(type(e).__name__, e)

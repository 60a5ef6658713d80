# Setting and deleting an instance's __dict__, directly and through the descriptor.


class C:
    pass


a = C()
a.__dict__ = {"b": 1}
print(a.b, vars(a))
for bad in (None, [], 1):
    try:
        a.__dict__ = bad
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del a.__dict__
print(vars(a))
C.__dict__["__dict__"].__set__(a, {"z": 3})
print(a.z)
C.__dict__["__dict__"].__delete__(a)
print(vars(a))

try:
    a.__weakref__ = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.__weakref__
except AttributeError as e:
    print(type(e).__name__, e)


class E(Exception):
    pass


e = E()
e.__dict__ = {"q": 5}
print(e.q, e.__weakref__)

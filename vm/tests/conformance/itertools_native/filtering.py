# itertools.dropwhile, takewhile and filterfalse: results, reduce/setstate, subclasses,
# argument errors.
import itertools as it


def rebuild(obj):
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2:
        new.__setstate__(r[2])
    return new


small = lambda x: x < 3
print(it.dropwhile, it.takewhile, it.filterfalse)
print(list(it.dropwhile(small, [1, 2, 5, 1, 7])), list(it.takewhile(small, [1, 2, 5, 1, 7])))
print(list(it.filterfalse(small, [1, 2, 5, 1, 7])), list(it.filterfalse(None, [0, 1, '', 'a', None])))
d = it.dropwhile(small, range(6))
print(d.__reduce__()[2], next(d), d.__reduce__()[2], list(rebuild(d)))
t = it.takewhile(small, range(6))
print(t.__reduce__()[2], list(t), t.__reduce__()[2], list(rebuild(t)), list(t))
t = it.takewhile(small, range(6))
t.__setstate__(True)
print(list(t))
f = it.filterfalse(small, range(6))
print(len(f.__reduce__()), next(f), list(rebuild(f)))
for cls in [it.dropwhile, it.takewhile, it.filterfalse]:
    for a, k in [((), {}), ((1, 2, 3), {}), ((None, []), {'x': 1}), ((None, 1), {})]:
        try:
            cls(*a, **k)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)


class D(it.dropwhile):
    pass


print(list(D(small, [0, 4, 1])), isinstance(D(small, []), it.dropwhile), type(D(small, '')).__name__)


def boom(x):
    raise ValueError(x)


try:
    list(it.takewhile(boom, [7]))
except ValueError as e:
    print('ValueError', e)

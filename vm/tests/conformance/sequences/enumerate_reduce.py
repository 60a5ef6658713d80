# enumerate, zip, map and filter reduce to their class and what they wrap, so they pickle.
import sys

def rebuild(x):
    """What pickling does with an iterator's reduction: rebuild it from its parts (the
    iterators among them rebuilt too), then restore its position."""
    if not hasattr(type(x), "__next__"):
        return x
    r = x.__reduce__()
    new = r[0](*[rebuild(a) for a in r[1]])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

class MyEnum(enumerate):
    pass

def roundtrip(it):
    copy = rebuild(it)
    return type(copy).__name__, list(copy)

e = enumerate("abc")
cls, (inner, count) = e.__reduce__()
print(cls is enumerate, hasattr(inner, "__next__"), count)
next(e)
print(e.__reduce__()[1][1], roundtrip(e))
print(roundtrip(enumerate("abc", start=11)))
print(roundtrip(enumerate("ab", start=sys.maxsize + 1)))
print(roundtrip(MyEnum([5, 6])))
print(roundtrip(enumerate("")))
print(roundtrip(enumerate(range(10, 20, 3))))

z = zip([1, 2, 3], "xyz")
next(z)
print(z.__reduce__()[0] is zip, roundtrip(z))
m = map(pow, [2, 3], [5, 2])
print(m.__reduce__()[1][0] is pow, roundtrip(m))
f = filter(None, [0, 1, "", "a"])
print(f.__reduce__()[1][0], roundtrip(f))
print(roundtrip(filter(str.isupper, "aBcD")))

try:
    rebuild(enumerate(x for x in "ab"))
except TypeError as e:
    print("TypeError", e)
e = enumerate([1, 2, 3])
c = rebuild(e)
print(next(e), next(e), list(c), list(e))

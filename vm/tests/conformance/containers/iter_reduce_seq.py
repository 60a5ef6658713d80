# __reduce__ / __setstate__ of positional iterators, in CPython's shapes.
def show(it):
    r = it.__reduce__()
    print(r[0].__name__, r[1:])
    return r

def rebuild(r):
    new = r[0](*r[1])
    if len(r) > 2:
        new.__setstate__(r[2])
    return new

for seq in ([1, 2, 3], (1, 2, 3), "héllo", b"abc"):
    it = iter(seq)
    show(it)
    next(it)
    r = show(it)
    copy = rebuild(r)
    print(type(copy) is type(it), list(copy), list(it))

# A range iterator rebuilds to the items it has left.
it = iter(range(2, 21, 3))
next(it)
copy = rebuild(it.__reduce__())
print(type(copy).__name__, list(copy), list(it))
it = iter(range(10, 0, -4))
copy = rebuild(it.__reduce__())
print(list(copy), list(it))

# An exhausted list or tuple iterator reduces to one over an empty sequence.
it = iter([1])
list(it)
print(it.__reduce__()[1:])
it = iter((1,))
list(it)
print(it.__reduce__()[1:])

# __setstate__ clamps the position.
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(99)
print(list(it))
it = iter("abc")
it.__setstate__(2)
print(list(it))
it = iter(range(10))
it.__setstate__(7)
print(list(it))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print(type(e).__name__, e)

# Range iterators pickle as (iter, (range,), index), for i64 and longer bounds alike.

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

def show(it):
    f, args, index = it.__reduce__()
    print(f is iter, args, index)

it = iter(range(5, 10))
show(it)
next(it); next(it)
show(it)
list(it)
show(it)
r = reversed(range(5, 10))
next(r)
show(r)


it = iter(range(2**65, 2**65 + 3))
next(it)
show(it)
list(it)
show(it)

it = iter(range(2**32 + 2))
it.__setstate__(2**32 + 1)
show(it)
print(next(it) == 2**32 + 1, list(it))
it = iter(range(10))
it.__setstate__(-5)
print(next(it))
it.__setstate__(100)
print(list(it))

cases = [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2)]
for M in 2**31, 2**63:
    cases += [(M - 3, M - 1), (4 * M, 4 * M + 2), (M - 2, M - 1, 2), (-M + 1, -M, -2),
              (1, 2, M - 1), (-1, -2, -M), (1, M - 1, M - 1), (-1, -M, -M)]
bad = []
for t in cases:
    orig = iter(range(*t))
    data = list(range(*t))
    it = rebuild(orig)
    if type(it) is not type(orig) or list(it) != data:
        bad.append(t)
    it = rebuild(orig)
    if data:
        next(it)
        if list(rebuild(it)) != data[1:]:
            bad.append(t)
print(bad)

for r in (range(0), range(1 << 1000)):
    try:
        type(iter(r))(1, 3, 1)
    except TypeError as e:
        print("TypeError", e)
print(type(iter(range(1 << 1000))).__name__, type(iter(range(3))).__name__)

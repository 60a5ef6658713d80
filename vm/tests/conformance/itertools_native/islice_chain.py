# itertools.islice and itertools.chain: slicing, argument errors, reduce/setstate,
# subclasses, and deep nesting (RecursionError or a result, never a crash).
import itertools as it


def rebuild(obj):
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2:
        new.__setstate__(r[2])
    return new


print(it.islice, it.chain, type(it.islice('', 1)).__name__)
print(list(it.islice(range(10), 3)), list(it.islice(range(10), 2, 8, 2)))
print(list(it.islice(range(10), None)), list(it.islice(range(10), 3, None)))
print(list(it.islice(range(10), None, None, 3)), list(it.islice('abc', 5, 9)))
print(list(it.islice(it.count(), 4, 20, 5)))
s = it.islice(range(10), 1, 8, 3)
r = s.__reduce__()
print(r[0], list(r[1][0]) == list(range(10)), r[1][1:], r[2])
s = it.islice(range(10), 1, 8, 3)
print(next(s), s.__reduce__()[1][1:], s.__reduce__()[2])
print(list(rebuild(s)))
print(list(s), s.__reduce__()[1][1:], list(s.__reduce__()[1][0]))
s = it.islice(range(10), 1, 8, 3)
s.__setstate__(5)
print(list(s))
for a in [('a',), ('a', 1, 2, 3, 4), ('a', -1), ('a', 'x'), ('a', -1, 2), ('a', 1, 2, 0),
          ('a', 1, 2, -1), ('a', 1, 2, 'x'), ('a', 2**70), (1, 2), ('abc', True, None, True)]:
    try:
        print(list(it.islice(*a)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.islice('a', stop=2)
except Exception as e:
    print(type(e).__name__, e)


class I(it.islice):
    pass


print(list(I('abcd', 1, None)), isinstance(I('a', 1), it.islice))
try:
    I('abc', 2, x=1)
except Exception as e:
    print(type(e).__name__, e)


def bad():
    yield 1
    raise KeyError('boom')


s = it.islice(bad(), 5)
print(next(s))
try:
    next(s)
except KeyError as e:
    print('KeyError', e)
print(list(s))

print(list(it.chain('ab', [1, 2], (), range(3))), list(it.chain()))
print(list(it.chain.from_iterable(['ab', 'cd'])))
c = it.chain('ab', 'cd')
print(next(c), c.__reduce__()[0], c.__reduce__()[1], len(c.__reduce__()[2]))
print(list(rebuild(c)), list(c), c.__reduce__())
c = it.chain('ab')
c.__setstate__((iter(['xy', 'z']),))
print(list(c))
c = it.chain()
c.__setstate__((iter(['xy', 'z']), iter([1, 2])))
print(list(c))
for st in [1, (), ('a',), (iter([]), 'b'), (1, 2, 3)]:
    try:
        it.chain().__setstate__(st)
    except Exception as e:
        print(type(e).__name__, e)
try:
    it.chain(x=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(list(it.chain(1, 2)))
except Exception as e:
    print(type(e).__name__, e)
c = it.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(list(c))


class Ch(it.chain):
    pass


class ChInit(it.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag


print(list(Ch('ab', 'c')), type(Ch.from_iterable(['x'])).__name__, list(Ch.from_iterable(['x', 'yz'])))
print(list(ChInit('ab', tag=1)), ChInit('a', tag=3).tag)
try:
    Ch('a', tag=1)
except Exception as e:
    print(type(e).__name__, e)
print(it.chain[int])

# Shallow nesting works; very deep nesting may raise RecursionError (CPython's C stack
# takes it), but must never crash.
s = range(10)
for _ in range(100):
    s = it.islice(s, 10)
print(list(s))
c = [1]
for _ in range(100):
    c = it.chain(c)
print(list(c))
for make in [lambda s: it.islice(s, 10), lambda s: it.chain(s)]:
    s = range(10)
    for _ in range(5000):
        s = make(s)
    try:
        list(s)
    except RecursionError:
        pass
    print('no crash')

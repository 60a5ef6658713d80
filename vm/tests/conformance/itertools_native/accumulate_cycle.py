# itertools.accumulate, cycle, pairwise and zip_longest: results, reduce/setstate,
# re-entrancy, subclasses, argument errors.
import copy
import operator

import itertools as it


def rebuild(obj):
    r = obj.__reduce__()
    new = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new


def err(f):
    try:
        f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print('  no error')


def second(a, b):
    return b


print(it.accumulate, it.cycle, it.pairwise, it.zip_longest)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)))
print(list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(iterable=[1, 2], func=None, initial=None)))
for make in [
    lambda: it.accumulate(range(6)),
    lambda: it.accumulate(range(6), initial=100),
    lambda: it.accumulate([None, None, 1], second),
    lambda: it.accumulate([5, 1], initial=None),
]:
    full = list(make())
    ok = True
    for i in range(len(full) + 1):
        x = make()
        for _ in range(i):
            next(x)
        for copier in (copy.deepcopy, lambda o: copy.deepcopy(o), rebuild):
            if list(copier(x)) != full[i:]:
                ok = False
    print('accumulate', full, ok)
a = it.accumulate([1, 2, 3])
next(a)
a.__setstate__(100)
print(list(a), a.__reduce__()[2])
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

print(list(it.islice(it.cycle('abc'), 10)), list(it.cycle([])))
for make in [lambda: it.cycle('abcd'), lambda: it.cycle(iter([1, 2]))]:
    for i in range(9):
        x = make()
        for _ in range(i):
            next(x)
        want = [next(copy.deepcopy(x)) for _ in range(1)]
        got = list(it.islice(rebuild(x), 6))
        pick = list(it.islice(copy.deepcopy(x), 6))
        print('cycle', i, got, got == pick, want == got[:1])
c = it.cycle('ab')
print(c.__reduce__()[1:] [1:])
c.__setstate__((['x', 'y'], True))
print(list(it.islice(c, 5)))

print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise('')))
p = it.pairwise(iter('abc'))
print(next(p), list(p), list(p))


def boom():
    yield 1
    yield 2
    raise ValueError('boom')


p = it.pairwise(boom())
print(next(p))
err(lambda: next(p))
print(list(p))

print(list(it.zip_longest('abc', [1])), list(it.zip_longest()), list(it.zip_longest('ab', 'c', fillvalue='-')))
z = it.zip_longest('abc', 'de', fillvalue=0)
next(z)
print(z.__reduce__()[2], list(copy.deepcopy(z)))
next(z)
next(z)
r = z.__reduce__()
print(r[1][1], r[2], list(z))
z = it.zip_longest('ab', boom())
err(lambda: list(z))
print(list(z))

for f in [
    lambda: it.accumulate(),
    lambda: it.accumulate([1], None, None),
    lambda: it.accumulate([1], foo=1),
    lambda: it.accumulate(3),
    lambda: it.pairwise(),
    lambda: it.pairwise([1], x=1),
    lambda: it.pairwise(1),
    lambda: it.pairwise([], []),
    lambda: it.zip_longest([1], x=1),
    lambda: it.zip_longest([1], fillvalue=1, x=2),
    lambda: it.zip_longest(1),
    lambda: it.cycle(),
    lambda: it.cycle(x=1),
    lambda: it.cycle(1),
    lambda: it.cycle([1]).__setstate__(3),
    lambda: it.cycle([1]).__setstate__(([],)),
    lambda: it.cycle([1]).__setstate__(((), 1)),
]:
    err(f)


class Cy(it.cycle):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg


class Z(it.zip_longest):
    pass


u = Cy([1, 2], newarg=3)
print(type(u).__name__, u.newarg, list(it.islice(u, 3)))
print(type(Z('a', 'bc')).__name__, list(Z('a', 'bc')))
err(lambda: type('Sub', (it.cycle,), {})([1], newarg=3))

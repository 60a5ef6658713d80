# itertools.groupby (and its _grouper) and tee (_tee, _tee_dataobject): results, groupers
# invalidated as the groupby advances, reduce/setstate, copies, shared buffers,
# re-entrancy, argument errors.
import copy

import weakref
import itertools as it


def err(f):
    try:
        f()
    except Exception as e:
        print(' ', type(e).__name__, e)
    else:
        print('  no error')


print(it.groupby, it._grouper, it.tee, it._tee, it._tee_dataobject)
print([(k, list(g)) for k, g in it.groupby('aabbbcdaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([k for k, g in it.groupby('')], [k for k, g in it.groupby('aaab')])
g = it.groupby('aabbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), list(g1))
g = it.groupby('aaabbb')
k, grp = next(g)
print(type(grp).__name__, grp.__reduce__()[0].__name__, g.__reduce__()[2])
next(g)
print(grp.__reduce__())
print([(k, list(x)) for k, x in copy.deepcopy(it.groupby('aabcc'))])
g = it.groupby('aabcc')
next(g)
g2 = copy.deepcopy(g)
print([(k, list(x)) for k, x in g2])
g = it.groupby('xxyz')
k, grp = next(g)
grp2 = it._grouper(g, 'x')
print(list(grp), list(grp2))
g = it.groupby('ab')
g.__setstate__(('q', 'q', 'q'))
print([(k, list(x)) for k, x in g])


class Bad:
    def __eq__(self, other):
        raise RuntimeError('no compare')


g = it.groupby([Bad(), Bad()])
next(g)
err(lambda: next(g))
for f in [
    lambda: it.groupby(),
    lambda: it.groupby([1], 2, 3),
    lambda: it.groupby(1),
    lambda: it.groupby([1]).__setstate__(3),
    lambda: it.groupby([1]).__setstate__((3,)),
    lambda: it._grouper(1, 2),
    lambda: it._grouper(it.groupby('')),
    lambda: list(it.groupby([1, 2], key=lambda x: 1 / 0)),
]:
    err(f)

a, b = it.tee('abcdef')
print(type(a).__name__, next(a), next(a), next(b), list(a), list(b))
print(it.tee([1], 0), len(it.tee([1], 5)), [list(t) for t in it.tee(range(3), 3)])
a, b = it.tee(range(200))
print(sum(a), next(b), list(it.islice(b, 56, 60)))
a, b = it.tee(range(10))
next(a)
c = copy.copy(a)
d = a.__copy__()
print(list(c), list(d), list(a), list(b))
a, b = it.tee('abc')
c, d = it.tee(a)
print(c is a, type(d).__name__, list(c), list(d), list(b))
t = it._tee(range(4))
print(list(t), list(it._tee(t)))
a, b = it.tee(range(100))
for _ in range(60):
    next(a)
r = a.__reduce__()
print(r[0].__name__, r[1], r[2][1], type(r[2][0]).__name__)
print(list(copy.deepcopy(a))[:3], list(copy.deepcopy(b))[:3], list(it.islice(a, 3)))
p = weakref.proxy(a)
print(next(p))
a, b = it.tee(iter([]))
print(list(a), list(b))
source = [None]


def gen():
    yield 1
    yield next(source[0])


a, b = it.tee(gen())
source[0] = a
print(next(a))
err(lambda: next(a))
err(lambda: it.tee())
err(lambda: it.tee([1], -1))
err(lambda: it.tee([1], 'a'))
err(lambda: it.tee([1], 2, 3))
err(lambda: it.tee([1], n=2))
err(lambda: it._tee())
err(lambda: it._tee(1))
err(lambda: it._tee_dataobject(1, 2, 3))
err(lambda: it._tee_dataobject(iter([]), [1], 3))
err(lambda: it._tee_dataobject(iter([]), [0] * 58, None))
err(lambda: it.tee([1])[0].__setstate__(3))
err(lambda: it.tee([1])[0].__setstate__((3, 4)))
d = it._tee_dataobject(iter([5, 6]), [1, 2], None)
t = it._tee(())
t.__setstate__((d, 1))
print(list(t))
err(lambda: t.__setstate__((d, 58)))
err(lambda: type('Sub', (it.groupby,), {})('aab', key=None) and None)


class Copyable:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __copy__(self):
        return 'copied'


x = Copyable()
print(it.tee(x, 3)[1:], it.tee(x, 3)[0] is x)

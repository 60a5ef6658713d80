# itertools.product, combinations, combinations_with_replacement and permutations:
# results, reduce/setstate at every step, sizes, argument errors, subclasses.
import copy

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


print(it.product, it.combinations, it.combinations_with_replacement, it.permutations)
print(list(it.product('ab', range(3))), list(it.product()), list(it.product('ab', [])))
print(list(it.product('ab', repeat=2)), list(it.product(repeat=3)), list(it.product('ab', repeat=0)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.permutations('abc')), list(it.permutations('abcd', 2)), list(it.permutations('ab', 3)))
print(list(it.permutations('')), list(it.permutations('abc', 0)), len(list(it.permutations(range(6)))))
print(list(it.permutations('abc', r=None)), list(it.combinations(iterable='abc', r=2)))

makers = [
    lambda: it.product('abc', range(2), repeat=2),
    lambda: it.product('ab', []),
    lambda: it.combinations(range(5), 3),
    lambda: it.combinations('ab', 3),
    lambda: it.combinations_with_replacement('abc', 3),
    lambda: it.combinations_with_replacement('', 1),
    lambda: it.permutations(range(4), 2),
    lambda: it.permutations('abc'),
    lambda: it.permutations('ab', 3),
]
for make in makers:
    full = list(make())
    ok = True
    for i in range(len(full) + 1):
        x = make()
        for _ in range(i):
            next(x)
        rest = full[i:]
        for copier in (rebuild, copy.copy, copy.deepcopy, lambda o: copy.deepcopy(o)):
            if list(copier(x)) != rest:
                ok = False
        if list(x) != rest:
            ok = False
    x = make()
    print(type(x).__name__, len(full), ok, x.__reduce__()[1:])
    list(x)
    print('  done:', x.__reduce__()[1:])

p = it.product('ab', 'cd')
next(p)
print(p.__reduce__())
p.__setstate__((5, -3))
print(list(p))
c = it.combinations(range(5), 3)
next(c)
c.__setstate__((0, 9, 9))
print(list(c))
w = it.combinations_with_replacement('ab', 2)
next(w)
w.__setstate__((-1, 7))
print(list(w))
q = it.permutations('abc', 2)
next(q)
print(q.__reduce__())
q.__setstate__(((2, 1, 0), (9, 0)))
print(list(q))
print('sizeof', it.product('ab', 'c').__sizeof__(), it.combinations('abcd', 3).__sizeof__(),
      it.permutations('abcd', 3).__sizeof__())

for f in [
    lambda: it.product([1], foo=2),
    lambda: it.product([1], repeat=-1),
    lambda: it.product([1], repeat=2**62),
    lambda: it.product([1], repeat='a'),
    lambda: it.product(3),
    lambda: it.combinations([1]),
    lambda: it.combinations([1], -1),
    lambda: it.combinations([1], 'a'),
    lambda: it.combinations([1], 2**70),
    lambda: it.combinations_with_replacement([1], -1),
    lambda: it.combinations_with_replacement([1]),
    lambda: it.permutations([1], -1),
    lambda: it.permutations([1], 'a'),
    lambda: it.permutations([1], 1.0),
    lambda: it.permutations(),
    lambda: it.permutations([1], 1, 2),
    lambda: it.product([1, 2], [3]).__setstate__((1,)),
    lambda: it.product([1, 2], [3]).__setstate__(3),
    lambda: it.product([1, 2], [3]).__setstate__(('a', 0)),
    lambda: it.combinations([1, 2], 1).__setstate__(3),
    lambda: it.combinations([1, 2], 1).__setstate__((1, 2)),
    lambda: it.permutations([1, 2], 1).__setstate__(3),
    lambda: it.permutations([1, 2], 1).__setstate__(((0, 1), ())),
    lambda: it.permutations([1, 2], 1).__setstate__(((0, 1),)),
    lambda: it.product.__reduce__(3),
]:
    err(f)


class P(it.product):
    pass


class C(it.combinations):
    def __init__(self, *a, **k):
        self.extra = 1


x = P('ab', repeat=2)
print(type(x).__name__, list(x), type(rebuild(P('a'))).__name__)
y = C('abc', 2)
print(type(y).__name__, y.extra, list(y))
print(isinstance(x, it.product), issubclass(C, it.combinations))

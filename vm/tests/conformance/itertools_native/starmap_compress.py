# itertools.starmap and itertools.compress: results, reduce, subclasses, argument errors.
import itertools as it


def rebuild(obj):
    r = obj.__reduce__()
    return r[0](*r[1])


print(it.starmap, it.compress)
print(list(it.starmap(pow, [(2, 3), [3, 2], iter((2, 2))])))
print(list(it.compress('abcdef', [1, 0, 1, 1])), list(it.compress(data='ab', selectors=it.repeat(1))))
s = it.starmap(max, [(1, 5), (7, 2), (0, 0)])
print(next(s), len(s.__reduce__()[1]), list(rebuild(s)), list(s))
c = it.compress('abcd', [0, 1, 1, 1])
print(next(c), list(rebuild(c)), list(c))
try:
    list(it.starmap(pow, [1]))
except Exception as e:
    print(type(e).__name__, e)
for cls in [it.starmap, it.compress]:
    for a, k in [((), {}), ((1, 2, 3), {}), ((None, []), {'x': 1}), ((None, 1), {}), ((1,), {})]:
        try:
            cls(*a, **k)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
try:
    it.compress('a', data='b')
except Exception as e:
    print(type(e).__name__, e)


class S(it.starmap):
    pass


class C(it.compress):
    pass


print(list(S(divmod, [(7, 2)])), type(S(len, [])).__name__, list(C('xy', [0, 1])))

# Builtin iterators reduce to (iter, args[, index]) and resume through __setstate__.
def rebuild(it):
    parts = it.__reduce__()
    func, args = parts[0], parts[1]
    new = func(*args)
    if len(parts) > 2:
        new.__setstate__(parts[2])
    return new


def check(label, make):
    it = make()
    print(label, 'fresh', list(rebuild(it)))
    next(it, None)
    print(label, 'one taken', list(rebuild(it)))
    list(it)
    print(label, 'exhausted', list(rebuild(it)))
    if label != 'range':
        print(it.__reduce__()[1:])


check('list', lambda: iter([1, 2, 3]))
check('tuple', lambda: iter((1, 2, 3)))
check('str', lambda: iter('héllo'))
check('range', lambda: iter(range(2, 20, 5)))
check('dict', lambda: iter({1: 'a', 2: 'b', 3: 'c'}))
check('values', lambda: iter({1: 'a', 2: 'b'}.values()))
check('items', lambda: iter({1: 'a', 2: 'b'}.items()))
check('set', lambda: iter({7, 8}))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


check('getitem', lambda: iter(Seq()))
count = iter([1, 2, 3, 0, 5])
check('callable', lambda: iter(lambda: next(count), 0))

print(iter([1, 2]).__reduce__())
print(iter((5,)).__reduce__())
print(iter('ab').__reduce__())
it = iter([1, 2, 3]); next(it); print(it.__reduce__())
it = iter('abc'); next(it); next(it); print(it.__reduce__())
it = iter({1: 2, 3: 4}); next(it); print(it.__reduce__())
print(range(1, 10, 3).__reduce__(), len.__reduce__())

# A class that sets __iter__ = None is not iterable, even with __getitem__.
class NoIter:
    def __getitem__(self, i):
        return i

    __iter__ = None


class Default:
    pass


for obj in (NoIter(), Default()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


# iter(func, sentinel): StopIteration from func ends the iteration; the sentinel compares first.
source = iter([1, 2, 3])
print(list(iter(lambda: next(source), 99)))


class Sentinel:
    def __eq__(self, other):
        print('sentinel __eq__ called with', other)
        return other == 2


values = iter([1, 2, 3])
print(list(iter(lambda: next(values), Sentinel())))


def spam():
    if spam.again:
        return 'stop'
    spam.again = True
    list(spam.iterator)
    return 'more'


spam.again = False
spam.iterator = iter(spam, 'stop')
try:
    next(spam.iterator)
except StopIteration:
    print('StopIteration after re-entrant exhaustion')

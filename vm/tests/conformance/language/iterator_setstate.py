# __setstate__ clips the index into range; a non-int is a TypeError.
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it), it.__reduce__()[1])
it = iter((1, 2, 3)); it.__setstate__(True); print(list(it))
it = iter('abcdé'); it.__setstate__(3); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = iter(range(5)); it.__setstate__(30); print(list(it))
try:
    iter([1]).__setstate__(10**30)
except OverflowError as e:
    print(type(e).__name__, e)


class Unlimited:
    def __getitem__(self, i):
        return i


it = iter(Unlimited())
it.__setstate__(-42)
print(next(it), next(it))
it.__setstate__(100)
print(next(it))
for bad in ['x', 1.5, None]:
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
exhausted = iter([1])
list(exhausted)
exhausted.__setstate__(0)
print(list(exhausted))

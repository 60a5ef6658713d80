# The native _bisect searches and insertions.
import _bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3))
print(_bisect.bisect_right(a, 2, hi=None), _bisect.bisect_left(a, 2, lo=4))
b = []
for x in [5, 1, 4, 1, 3]:
    _bisect.insort_right(b, x)
print(b)
_bisect.insort_left(b, 4)
print(b)

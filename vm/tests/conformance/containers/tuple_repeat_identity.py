# t * 1 is t for an exact tuple; sizes per item.
for m in range(3):
    t = tuple(range(m))
    print(t * 1 is t, 1 * t is t, t * 2 == t + t)
class T(tuple):
    pass
u = T((1, 2))
print(u * 1 is u, type(u * 1).__name__)
l = [1]
print(l * 1 is l)
print(tuple.__itemsize__, list.__itemsize__, int.__itemsize__, bytes.__itemsize__, bool.__itemsize__, T.__itemsize__, object.__itemsize__)
size = (2 ** (tuple.__itemsize__ * 8) - 1) // 2
for fn in (lambda: [0] * size, lambda: (0,) * size):
    try:
        fn()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
lst = [0]
try:
    lst *= size
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, lst)

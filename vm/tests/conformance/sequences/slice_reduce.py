# Slices reduce to (slice, (start, stop, step)), so copy, deepcopy and pickle work.
import copy

for s in (slice(1, 10), slice(1, 10, 2), slice(None), slice("a", None, [1])):
    print(s.__reduce__(), copy.copy(s) == s, copy.deepcopy(s) == s)
    f, args = s.__reduce__()
    t = f(*args)
    print(t == s, t is s, t)

s = slice([1, 2], [3, 4], [5, 6])
c = copy.deepcopy(s)
print(c == s, c is s, c.start is s.start, c.start == s.start)
c = copy.copy(s)
print(c == s, c.start is s.start)

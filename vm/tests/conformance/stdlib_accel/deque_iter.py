# Iterators notice a deque changing under them.
from collections import deque
d = deque(range(3))
it = iter(d)
print(next(it))
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = reversed(deque("abc"))
print(list(it), list(it))
print(type(iter(deque())).__name__, iter(deque([1, 2])).__length_hint__())

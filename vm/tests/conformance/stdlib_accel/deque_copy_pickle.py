# copy, deepcopy and __reduce__ keep contents, maxlen and subclass attributes.
import copy
from collections import deque
class Sub(deque):
    pass
d = deque([1, [2]], maxlen=5)
c = copy.copy(d); dc = copy.deepcopy(d)
print(c, dc, c[1] is d[1], dc[1] is d[1])
s = Sub("abc"); s.tag = 1
cls, args, state, it = s.__reduce__()
print(cls.__name__, args, state, list(it))
cls, args, state, it = d.__reduce__()
print(cls.__name__, args, state, list(it))
t = copy.deepcopy(s)
print(type(t).__name__, t, t.tag)
print(d.copy(), copy.copy(s).tag)
r = deque(); r.append(r)
print(r)

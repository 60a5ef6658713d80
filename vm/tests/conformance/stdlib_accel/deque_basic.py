# deque's ends, maxlen and indexing.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy")
print(d)
d[1] = "X"; del d[0]
print(d, "X" in d, 99 in d)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
print(deque(maxlen=0), deque("abc", 2))

# rotate, reverse, insert, remove, index and count.
from collections import deque
d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.insert(2, "i"); print(d)
d.remove("i"); print(d)
print(d.index(3), d.index(3, 1), d.count(3))
for _ in range(4):
    d.popleft()
d.appendleft(7)
print(d, list(reversed(d)))

from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d[0], d[-1], len(d), 7 in d)
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9); print(b)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)

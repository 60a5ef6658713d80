# deque's error messages.
from collections import deque
d = deque([1, 2])
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5],
          lambda: d.remove(9), lambda: d.index(9), lambda: deque([1], 1).insert(0, 2),
          lambda: d["a"], lambda: d + [1], lambda: deque(maxlen=-1), lambda: deque(maxlen="a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# +, +=, *, *= and comparisons.
from collections import deque
d = deque("ab")
print(d + deque("c"), d * 2, 2 * d, d * 0)
d += "xy"; print(d)
d *= 2; print(d)
m = deque([1, 2, 3], maxlen=4)
m *= 3; print(m)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1])
print(deque([2]) >= deque([1, 5]), deque() != deque())

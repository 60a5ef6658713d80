# getstate/setstate round-trip and replay the same numbers.
import random
r = random.Random(2024)
r.random()
state = r.getstate()
print(type(state).__name__, state[0], len(state[1]), state[2])
a = [r.random() for _ in range(5)]
r.setstate(state)
b = [r.random() for _ in range(5)]
print(a == b)
import _random
raw = _random.Random()
try:
    raw.setstate([0] * 625)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raw.setstate((0,) * 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    raw.setstate((0,) * 624 + (700,))
except ValueError as e:
    print(type(e).__name__, e)
raw.seed(5)
s = raw.getstate()
print(len(s), s[-1], s[0])

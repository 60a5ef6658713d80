# itertools.tee reads its source lazily, once, whatever the copies' pace.
import copy
from itertools import tee


def source():
    for i in range(4):
        print("produce", i)
        yield i


a, b = tee(source())
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
c, d, e = tee("xyz", 3)
print(next(c), list(d), list(c), list(e))
f, g = tee(c)
print(f is c, list(f), list(g))
h, = tee(iter([1, 2]), 1)
h2 = copy.copy(h)
print(list(h), list(h2))
print(tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)


def fib():
    # A generator that reads its own tee'd output, as in the Fibonacci example of PEP 255's
    # tests: impossible with an eager tee.
    def tail():
        yield 1
        yield 1
        for x, y in zip(x_copy, y_copy):
            yield x + y

    global x_copy, y_copy
    out, x_copy, y_copy = tee(tail(), 3)
    next(y_copy)
    return out


it = fib()
print([next(it) for _ in range(10)])
try:
    next(tee([])[0])
except StopIteration:
    print("empty")

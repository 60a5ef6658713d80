# weakref.proxy forwards attribute access and operators to its referent and raises
# ReferenceError once the referent is gone.
import gc
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __add__(self, other):
        return Box(self.v + other)

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    def __call__(self, x):
        return x + self.v


b = Box(4)
p = weakref.proxy(b)
print(p.v, p.double(), len(p), p[2], (p + 1).v, p == Box(4), p(10))
p.v = 7
print(b.v)
del p.v
print(hasattr(b, "v"))
print(type(p) in weakref.ProxyTypes, type(p).__name__, callable(p))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__)


def gen():
    yield "foo!"
    yield "bar"


gi = gen()
pg = weakref.proxy(gi)
print(list(pg))
print(type(weakref.proxy(gen)).__name__, type(weakref.proxy(gi)).__name__)

calls = []
c = Box(1)
pc = weakref.proxy(c, lambda proxy: calls.append(type(proxy).__name__))
del c
gc.collect()
print(calls)
try:
    pc.v
except ReferenceError as e:
    print(type(e).__name__, e)

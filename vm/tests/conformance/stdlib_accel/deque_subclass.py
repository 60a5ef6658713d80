# Subclasses keep their class in repr, copy and arithmetic.
from collections import deque
class D(deque):
    def __init__(self, it=(), maxlen=None, tag=""):
        super().__init__(it, maxlen)
        self.tag = tag
d = D("xy", tag="t")
print(d, d.tag, type(d.copy()).__name__)
print(deque[int])
match deque([1, 2]):
    case [a, b]:
        print("sequence", a, b)

# defaultdict's factory, repr, copy and union.
from collections import defaultdict
d = defaultdict(list)
d["a"].append(1)
print(d, d.default_factory)
n = defaultdict(None, {1: 2})
try:
    n[5]
except KeyError as e:
    print(type(e).__name__, e)
print(n, d.copy(), type(d.copy()).__name__)
u = d | {"b": 2}
print(type(u).__name__, u, u.default_factory)
r = {"z": 0} | d
print(type(r).__name__, r)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
print(repr(sub()).startswith("sub(<bound method"), "sub(..., {})" in repr(sub()))

a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {3})), sorted(a.difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,))
print(sorted(s))
s.discard(10); s.remove(1)
print(sorted(s), len(s))
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2}
c -= {1}; c |= {5}; c &= {5, 2}; c ^= {7}
print(sorted(c))
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {2})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)

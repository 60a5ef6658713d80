a = {1, 2}
f = frozenset([2, 3])
print(type(a | f).__name__, type(f | a).__name__, sorted(a & f))
print({frozenset([1]): "ok"}[frozenset([1])])
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]))
s = set(range(5))
s.intersection_update({1, 2, 9})
print(sorted(s))
s.symmetric_difference_update({2, 3})
print(sorted(s))
s.difference_update([1])
print(sorted(s))
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)

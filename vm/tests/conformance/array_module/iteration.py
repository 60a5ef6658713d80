# Iteration, len, truth, reversed, sorted, sum, unpacking.
import array
a = array.array('b', [3, 1, 2])
print(list(a), len(a), bool(a), bool(array.array('b')))
print(list(reversed(a)), sorted(a), sum(a), max(a))
x, y, z = a
print(x, y, z)
it = iter(a)
print(next(it), list(it))
print([c for c in array.array('u', 'hi')])

# slice.indices with bounds and lengths beyond 64 bits, and its errors.
import itertools

vals = [None, -2**100, -2**30, -53, -7, -1, 0, 1, 7, 53, 2**30, 2**100]
lengths = [0, 1, 7, 53, 2**30, 2**100]
results = []
for args in itertools.product(vals, repeat=3):
    s = slice(*args)
    for n in lengths:
        try:
            results.append(s.indices(n))
        except ValueError as e:
            results.append(str(e))
print(len(results), results[:3], results[-3:])
print(sum(hash(r) for r in results if isinstance(r, tuple)) % 1000003)
print(slice(2**100, None, -1).indices(2**101))
print(slice(-2**200, 2**200, 3).indices(10))

class I:
    def __index__(self):
        return 5

print(slice(I(), None).indices(I()), slice(1, 2**70).indices(10))
for s, n in ((slice(None), -1), (slice(None), -2**100), (slice(0, 10, 0), 5),
             (slice(0.0, 10, 1), 5), (slice(0, 10.0), 5), (slice(0, 10, 1.0), 5),
             (slice(0, 10), 5.0), (slice(0, 10), "5"), (slice(0, 10, 0), 2**80)):
    try:
        print(s.indices(n))
    except Exception as e:
        print(type(e).__name__, e)
print(range(7)[slice(-2**100, 2**100, 2)], range(2**100)[slice(None, None, -2**99)])

# range() with bounds beyond 64 bits: indexing, slicing, containment, iteration, len overflow.
r=range(1<<70, 1<<71, 3); print(repr(r), r.start, r[0], r[-1], 5 in r, (1<<70)+3 in r, r.index((1<<70)+3), r.count(1<<70), list(range(1<<70,(1<<70)+5, 2)))
try: len(r)
except Exception as e: print(type(e).__name__, e)
print(type(iter(r)).__name__, r == range(1<<70, 1<<71, 3), bool(range(1<<70, 0)), hash(r) == hash(range(1<<70, 1<<71, 3)))
print(range(1<<70, 1<<71, 3)[::2], r[1:3], list(reversed(range(1<<70,(1<<70)+5, 2))))
print(len(range(-(1<<64), -(1<<64) + 10)), sum(range(1<<64, (1<<64) + 3)))

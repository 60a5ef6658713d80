# Tuples: construction, repr of the small cases, immutability and comparison.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[0:2])
print((), (1,), (1, 2), ((1, 2), (3,)))
single = 5,
print(single, type(single).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2))
print(t.index("two"), (1, 1, 2).count(1), 2 in (1, 2))
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(tuple([1, 2]), tuple("ab"), tuple(range(4)))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs))

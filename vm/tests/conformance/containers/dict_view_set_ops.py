d = {1: 2, 3: 4, 5: 6}
k = d.keys()
print(k & {1, 7}, k | [9], k - {3}, k ^ {1, 10}, {1, 2} - k, [5, 8] & k if False else None)
print(d.items() & {(1, 2), (3, 5)}, d.items() - {(1, 2)}, {(3, 4)} | d.items())
print(k == {1, 3, 5}, k != {1}, k <= {1, 3, 5, 7}, k < {1, 3, 5}, k >= {1}, {1, 3, 5} == k)
print(k.isdisjoint({2, 4}), d.items().isdisjoint([(1, 2)]))
try:
    d.values() & {2}
except TypeError as e:
    print(type(e).__name__, e)
x = d.keys(); x &= {1}; print(x, type(x).__name__)
print(d | {7: 8}, {0: 0} | d)
e = dict(d); e |= {1: 'one'}; print(e)
print(d.keys() & d.keys(), sorted(d.keys() | {0}))

# Equal ranges hash alike, whatever bounds they were made from.
groups = [
    [range(0), range(0, -1), range(1, 1, 3), range(5, 5, -2)],
    [range(1), range(0, 1, 7), range(0, -3, -10)],
    [range(5, 6), range(5, 6, 2), range(5, 4, -9)],
    [range(0, 4, 2), range(0, 3, 2)],
    [range(0, 5, 2), range(0, 6, 2)],
]
for g in groups:
    print([r == g[0] for r in g], len({hash(r) for r in g}))
print(hash(range(0, 4, 2)) == hash(range(0, 5, 2)))
print(hash(range(3)) == hash((3, 0, 1)))
print(hash(range(0)) == hash((0, None, None)))
print(hash(range(7, 8)) == hash((1, 7, None)))
d = {range(0, 10, 3): "a"}
print(d[range(0, 12, 3)], range(0, 10, 3) in {range(0, 11, 3)})
print(hash(range(2**64, 2**64 + 3)) == hash((3, 2**64, 1)))

# Sets iterate and print in CPython's table order: growth, dummies, merges, operators.
print({3,1,2}, set([10,3,7,1]), {100, 5, 9, 33}, {-1, 1, 8, 16}, {x*3 for x in range(10)})
s = set(); [s.add(i) for i in [5, 13, 21, 2]]; print(s)
s = {1,2,3}; s.discard(2); s.add(10); print(s, s.pop(), s)
print({1,2} | {9, 3}, {1,2,3} & {3,2}, {1,2,3,4}-{2}, {1,2}^{2,5}, frozenset([4,1]))
big = set(range(0, 200, 7))
print(big)
print(big - set(range(0, 100)), big & {14, 999, 21}, {999, 14} & big, big ^ {1, 7})
s = set(range(20)); 
for i in range(0, 20, 3): s.remove(i)
s.update([100, 3, 200]); print(s, len(s))
t = set(); t.update({"a": 1, 5: 2, 6: 3}); print(t - {"a"})
u = {1, 2, 3}; u |= {40, 9}; u &= {1, 40, 9, 7}; u -= {9}; u ^= {3, 1}; print(u)
p = {8, 16, 24}; print([p.pop() for _ in range(3)])
print(sorted({"b", "a"}), {(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {1.0, 2} == {1, 2.0})
print(set("aaa"), len(set()), {0, False, 0.0}, {True, 1})
x = {n * n for n in range(-5, 6)}
print(x, list(x)[:3], min(x), 16 in x, 17 in x)
fs = frozenset(x); print(fs == x, hash(fs) == hash(frozenset(x)), {fs: 1}[frozenset(x)])
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {5, 6}.difference([6]), {1}.symmetric_difference([2]))
for rem in [(3,), (3, 18), (3, 6), (3, 4), (0, 3, 6, 9, 12, 15, 18)]:
    s = set(range(20))
    for r in rem:
        s.remove(r)
    s.add(3)
    print(s)

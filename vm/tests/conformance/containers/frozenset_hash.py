# frozenset hashes equal CPython's and spread nested sets out.
import itertools
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([-1])))
print(hash(frozenset(["a", -5])) == hash(frozenset([-5, "a"])))
print(hash(frozenset([frozenset(), frozenset([frozenset()])])))
n = 10
hashes = {hash(frozenset([e for e, m in [(i + 1, 1 << i) for i in range(n)] if m & i])) for i in range(2 ** n)}
print(len(hashes))
def powerset(s):
    for i in range(len(s) + 1):
        yield from map(frozenset, itertools.combinations(s, i))
for k in (6, 10):
    mask = 2 ** k - 1
    print(k, len({h & mask for h in map(hash, powerset(range(k)))}))
class F(frozenset):
    pass
print(hash(F([1, 2])) == hash(frozenset([1, 2])))

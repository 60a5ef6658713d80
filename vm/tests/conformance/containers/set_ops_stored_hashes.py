# Set algebra between sets reuses the hashes the tables store: no __hash__ runs again
# (CPython's set_difference, set_intersection, issubset, difference_update).
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return f"K({self.v})"


a = {K(i) for i in range(6)}
b = {K(i) for i in range(3, 9)}
K.calls = 0
print(sorted(k.v for k in a - b), sorted(k.v for k in a & b), sorted(k.v for k in b & a))
print(a.issubset(b), b.issuperset(a), a.isdisjoint(b), (a & b).issubset(a))
c = set(a)
c -= b
print(sorted(k.v for k in c), len(a | b), len(a ^ b))
print("hash calls", K.calls)
f = frozenset(range(-5, 5))
print(sorted(f - {-1, 0, 1}), sorted(f & set(range(3, 10))), f.isdisjoint({100}), len(f))
print(sorted({1, 2, 3} - frozenset({2})), type({1} - frozenset()).__name__, type(frozenset({1}) - {1}).__name__)

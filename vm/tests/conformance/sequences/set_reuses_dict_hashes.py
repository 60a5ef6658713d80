# Sets and dicts made from one another reuse the stored hashes: __hash__ runs once per key.
class H(int):
    count = 0
    def __hash__(self):
        H.count += 1
        return int.__hash__(self)

d = dict.fromkeys(map(H, range(10)))
print(H.count)
s = set(d)
print(H.count, len(s))
print(len(s.difference(d)), H.count)
s.symmetric_difference_update(d)
print(s, H.count)
s = set(d)
s.symmetric_difference_update(dict.fromkeys([H(3), H(42)]))
print(sorted(s), H.count)
print(len(dict.fromkeys(set(d))), H.count)
print(dict.fromkeys(frozenset(d), 1) == dict.fromkeys(d, 1), H.count)
print(frozenset(d).difference(d), H.count)
s = set(d)
s ^= set(d)
print(s, H.count)

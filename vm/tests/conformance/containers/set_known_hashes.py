# Keys taken from sets and dicts keep their stored hashes: no __hash__ calls.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

def count(d):
    return sum(e.hash_count for e in d)

d = dict.fromkeys(map(HashCountingInt, range(10)))
print(count(d))
for thetype in (set, frozenset):
    s = thetype(d)
    print(thetype.__name__, count(d))
    r = s.difference(d)
    print(len(r), count(d))
    d2 = dict.fromkeys(set(d))
    d3 = dict.fromkeys(frozenset(d), 123)
    d4 = dict.fromkeys(d, 0)
    print(count(d), d3 == dict.fromkeys(d, 123), sorted(d4) == sorted(d))
half = dict.fromkeys(list(d)[:5])
s = set(d)
print(sorted(s.difference(half)), count(d))
class D(dict):
    pass
print(sorted(dict.fromkeys(D({1: 2, 3: 4}))))
print(dict.fromkeys({1: 2}.keys()), dict.fromkeys(frozenset()))

# int.__hash__(self) inside an override hashes the int value.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

n = 10
d = dict.fromkeys(map(HashCountingInt, range(n)))
print(sum(e.hash_count for e in d))
s = set(d)
print(sum(e.hash_count for e in d))
print(hash(HashCountingInt(7)), int.__hash__(HashCountingInt(2 ** 70)) == hash(2 ** 70))

class S(str):
    def __hash__(self):
        return str.__hash__(self) + 1
print(hash(S("a")) == hash("a") + 1)

class T(tuple):
    def __hash__(self):
        return tuple.__hash__(self)
print(hash(T((1, 2))) == hash((1, 2)))

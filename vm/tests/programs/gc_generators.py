# Builtins that drain generators may collect while the generator runs: their partial
# results, accumulators and the objects a generator allocates must all survive.
# stress-argv: 40
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def words(k):
    for i in range(k):
        yield "w" + str(i % 97) * (i % 3 + 1)


def pairs(k):
    for i in range(k):
        yield [i, [i, i + 1]], {"k": (i, str(i))}


class Box:
    def __init__(self, v):
        self.v = [v, v * 2]


class MyList(list):
    pass


total = sum(len(w) for w in words(n))
big = sum(2 ** 70 + i for i in range(n))
longest = max(words(n), key=len)
smallest = min((b.v for b in map(Box, range(n))), key=lambda v: v[1])
joined = "".join(w[:1] for w in words(n))
items = list(p[1]["k"] for p in pairs(n))
tup = tuple(Box(i).v[1] for i in range(n))
srt = sorted((str(i * 7919 % n) for i in range(n)), key=int)
uniq = set(w for w in words(n))
flag = any(b.v[0] < 0 for b in (Box(i) for i in range(n)))
every = all(isinstance(p[0][1], list) for p in pairs(n))
ml = MyList(i * i for i in range(n))
dct = dict((str(i), [i]) for i in range(n))
print(total > n, big > 2 ** 70, len(longest), smallest, len(joined) == n)
print(items[-1] == (n - 1, str(n - 1)), tup[-1] == 2 * (n - 1), srt[0], len(uniq) == len(set(words(n))), flag, every)
print(len(ml) == n, ml[-1] == (n - 1) ** 2, type(ml).__name__, dct[str(n - 1)] == [n - 1])

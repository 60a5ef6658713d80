# The bundled collections, functools, itertools, operator, string, heapq, bisect, copy,
# typing and random modules (seeded sequences match CPython).
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 7))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 5), random.getrandbits(70), round(random.uniform(1, 2), 6))
r = random.Random(12345)
print([r.randint(0, 9) for _ in range(10)], r.choices("xyz", k=4), r.choices("ab", weights=[1, 3], k=5))
print(round(r.gauss(0, 1), 10))
from collections import defaultdict, Counter, OrderedDict, deque, namedtuple
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dict(dd))
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c.total())
c.update("ss")
print(c["s"], Counter(a=1) + Counter(a=2, b=1))
od = OrderedDict([("x", 1), ("y", 2)])
od.move_to_end("x")
print(od, od.popitem(), list(od))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0)
d.append(4)
print(d, d.popleft(), d.pop(), len(d), d[0], list(reversed(d)))
d.rotate(1)
print(d)
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple))
x, y = p
print(x + y, len(p), tuple(p))
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
print(reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)("101"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(0))
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.chain([1], "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.product("ab", repeat=2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(it.zip_longest("ab", "c", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.combinations_with_replacement("ab", 2)))
print([k for k, _ in it.groupby([1, 1, 2, 2, 1])], list(it.starmap(pow, [(2, 3)])), list(it.repeat("x", 3)))
import operator, string, heapq, bisect, copy
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)))
print(string.ascii_uppercase[:5], string.digits, string.capwords("hello  world"))
h = [5, 1, 4]
heapq.heapify(h)
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [1, 5, 3]))
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3))
orig = {"k": [1, [2]]}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["k"][1].append(3)
print(sh, dp)
from typing import List, Optional
def typed(x: List[int]) -> Optional[int]:
    return x[0] if x else None
print(typed([4]))

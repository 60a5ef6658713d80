# Lists, tuples, dicts and sets: methods, slicing, unpacking and comparisons.
a = [5, 3, 8, 1]
a.append(7)
a.extend([2, 2])
a.insert(0, 9)
a.insert(-1, 4)
print(a, len(a), a.index(8), a.count(2))
a.remove(2)
print(a.pop(), a.pop(0), a)
a.sort()
print(a, sorted(a, reverse=True), sorted(["bb", "a", "ccc"], key=len))
a.reverse()
print(a, a[1:4], a[::-1], a[-2:], a[:0], a[10:])
b = a.copy()
b[0] = 100
b[1:3] = ["x", "y", "z"]
del b[-1]
print(a, b)
c = list(range(10))
del c[::2]
c[::2] = [0, 0, 0]
print(c, [1, 2] + [3], [0] * 3, [[1]] * 2, 3 in c, 42 not in c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], (1, "a") == (1, "a"), [] == [])
t = (1, 2, 3)
x, y, z = t
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
p, (q, r) = 1, (2, 3)
print(x, y, z, first, rest, init, last, p, q, r, t.index(2), t.count(9))
print(t[1:], t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple("ab"))
d = {"one": 1, "two": 2}
d["three"] = 3
d.update({"four": 4}, five=5)
print(d, len(d), "two" in d, d.get("six"), d.get("six", 6))
print(list(d.keys()), list(d.values()), list(d.items())[:2])
print(d.pop("one"), d.pop("zzz", None), d.setdefault("two", 20), d.setdefault("new", 0))
print(d.popitem(), d)
del d["two"]
print(d, {k: v * 2 for k, v in d.items()}, dict(zip("ab", [1, 2])), dict([("x", 1)], y=2))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[(1, 2)], dict.fromkeys("ab", 0))
e = {}
for word in "the cat the dog the end".split():
    e[word] = e.get(word, 0) + 1
print(e, sorted(e.items(), key=lambda kv: (-kv[1], kv[0])))
s = {3, 1, 2}
s.add(4)
s.discard(1)
s.remove(2)
print(sorted(s), len(s), 3 in s, sorted(s | {9}), sorted(s & {3, 5}), sorted(s - {3}), sorted(s ^ {4, 5}))
print(sorted({x % 3 for x in range(10)}), set() == set(), {1, 2} <= {1, 2, 3}, frozenset([1]) == {1})
print(sorted(set("hello")), {1, 2}.isdisjoint({3}), {1, 2}.issubset([1, 2, 5]), set([1, 1, 2]))
nested = [[1, 2], [3, [4, 5]]]
nested[1][1].append(6)
print(nested, [row[0] for row in nested], sum([[1], [2]], []))
print([x * y for x in range(3) for y in range(3) if x != y], [i for i in range(20) if i % 7 == 0])
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, list(map(list, zip(*m))))
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(reversed([1, 2, 3])))
print(list(filter(None, [0, 1, "", "x"])), list(map(str, [1, 2])), any([]), all([]), any([0, 3]))
print(min("bca"), max([3, 1], key=lambda v: -v), max([], default="none"), sum([0.5, 0.25]), sum(range(5), 10))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("Banana", key=str.lower))
lst = [3, 1, 2]
lst += [4]
lst *= 2
print(lst, lst.clear(), lst)
print(list(range(5, 0, -2)), range(10)[2:8:3], len(range(0, 100, 7)), 14 in range(0, 100, 7), range(3) == range(0, 3))

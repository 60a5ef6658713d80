from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(dict(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(d.default_factory is list)
n = defaultdict(None)
try:
    n["x"]
except KeyError as e:
    print(type(e).__name__, e)
print("zz" in d, d.get("zz"))

d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
d["c"] = 3
print(list(k), list(v), list(i))
print("a" in k, 2 in v, ("b", 2) in i, len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"q"}))
print(k == {"a", "b", "c"})
print(repr(d.keys()), repr(d.values()), repr(d.items()))

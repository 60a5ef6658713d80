# Dicts keep insertion order; updates keep a key's place, deletion removes it.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
d["one"] = 100
print(d)
del d["two"]
d["two"] = 22
print(d)
print("one" in d, "four" in d, d.get("four"), d.get("four", -1))
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(d.pop("one"), d)
mixed = {1: "int", "1": "str", (1, 2): "tuple", None: "none", 1.5: "float"}
print(mixed, mixed[1], mixed[(1, 2)], mixed[None])
print({True: "a", 1: "b"}, {1: "x", 1.0: "y"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested)
print({}, dict(), {k: k * k for k in range(4)})
d2 = dict(x=1, y=2)
d2.update({"y": 3, "z": 4})
print(d2, sorted(d2), {1: 2} == {1: 2})
try:
    d2["missing"]
except KeyError as e:
    print("KeyError:", e)

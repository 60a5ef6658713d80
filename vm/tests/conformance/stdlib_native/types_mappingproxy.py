from types import MappingProxyType

d = {"a": 1, "b": 2}
p = MappingProxyType(d)
print(p["a"], len(p), "b" in p, "z" in p, list(p), p.get("z", 0))
print(sorted(p.items()), sorted(p.keys()), sorted(p.values()))
d["c"] = 3
print(p["c"], len(p))
try:
    p["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    p["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
c = p.copy()
c["new"] = 1
print("new" in p, p == {"a": 1, "b": 2, "c": 3})
print(repr(MappingProxyType({"k": 1})))

# types.MappingProxyType is the type of a class's __dict__ and of a dict view's .mapping.
import types
from collections import UserDict

mappingproxy = type(type.__dict__)
print(mappingproxy is types.MappingProxyType, mappingproxy.__name__)


class Dict(dict):
    pass


for cls in (dict, Dict):
    d = cls()
    views = [d.keys().mapping, d.values().mapping, d.items().mapping]
    for m in views:
        print(type(m).__name__, isinstance(m, mappingproxy), m == d, bool(m))
    d["foo"] = "bar"
    for m in views:
        print(m, len(m), m["foo"], "foo" in m, list(m), m == d, bool(m))

d = {"a": 1, "b": 2}
p = types.MappingProxyType(d)
print(p, repr(p), str(p), type(p) is mappingproxy)
print(p.get("a"), p.get("z", 0), sorted(p.keys()), sorted(p.values()), sorted(p.items()))
print(p.copy(), type(p.copy()).__name__, p == d, p != d, list(reversed(p)))
print(p | {"c": 3}, {"c": 3} | p)
d["c"] = 3
print(p["c"], len(p))
for f in (
    lambda: p.__setitem__("x", 1),
    lambda: p.__delitem__("a"),
    lambda: hash(p),
    lambda: types.MappingProxyType([1, 2]),
    lambda: types.MappingProxyType(),
    lambda: types.MappingProxyType(d, d),
    lambda: p["missing"],
    lambda: setattr(p, "x", 1),
):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
pp = types.MappingProxyType(p)
print(pp == d, pp["a"])
u = types.MappingProxyType(UserDict({"k": 1}))
print(u["k"], len(u), list(u), u)

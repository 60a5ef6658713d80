# dict methods and views, and the errors dicts raise.
d = dict.fromkeys("abc", 0)
print(d, d.setdefault("a", 5), d.setdefault("z", 26), d)
d.update({"b": 2}, c=3)
print(d, len(d), d.copy() == d, d.copy() is d)
keys, values, items = d.keys(), d.values(), d.items()
d["new"] = "late"
print(list(keys), list(values), len(items), "new" in keys, ("a", 0) in items)
print(d.popitem(), d.popitem(), d)
print(d.pop("missing", "fallback"), sorted(d.items()), list(reversed(list(d))))
copy = dict(d)
d.clear()
print(d, copy, bool(d), bool(copy))
try:
    for k in copy:
        copy[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError:", e)
nested = {"x": [1, 2], "y": {"z": None}}
print(nested, str(nested) == repr(nested), {1: {2: {3: {}}}})
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged, {**merged, "a": 0}, dict(merged, d=5))
inverted = {v: k for k, v in merged.items()}
print(inverted, max(merged, key=merged.get), sorted(merged, key=lambda k: -merged[k]))

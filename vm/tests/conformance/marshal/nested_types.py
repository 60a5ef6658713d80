import marshal
v = {"list": [1, 2.5, "s"], "tuple": (None, True), "set": {b"b"}, "fs": frozenset({1j})}
r = marshal.loads(marshal.dumps(v))
for k in sorted(r):
    print(k, type(r[k]).__name__, r[k] == v[k])

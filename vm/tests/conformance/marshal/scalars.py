import marshal
for v in [None, True, False, ..., 0, 1, -1, 2**62, -(2**63)]:
    r = marshal.loads(marshal.dumps(v))
    print(repr(r), type(r).__name__, r == v, r is v if v in (None, True, False, ...) else "")

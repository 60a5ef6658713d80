import marshal
vals = [(), (1,), (1, (2, (3, "x"))), [], [1, [2, [3]]], {}, {"a": 1, 2: [3], (4, 5): None},
        {1, 2, 3}, frozenset(), frozenset({"x", "y"}), set(), [{"k": {1}}, (frozenset({2}),)]]
for v in vals:
    r = marshal.loads(marshal.dumps(v))
    print(repr(r), type(r).__name__, r == v)

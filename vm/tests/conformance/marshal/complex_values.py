import marshal
for v in [1j, 3 + 4j, complex(-0.0, 2.5), complex(float("inf"), -1)]:
    r = marshal.loads(marshal.dumps(v))
    print(repr(r), type(r).__name__, r == v)

import marshal, math
for v in [0.0, -0.0, 1.5, 1e300, -2.5e-310, float("inf"), float("-inf")]:
    r = marshal.loads(marshal.dumps(v))
    print(repr(r), type(r).__name__, math.copysign(1, r))
r = marshal.loads(marshal.dumps(float("nan")))
print(type(r).__name__, math.isnan(r))

d = {"k": 1}
cases = [
    lambda: d["missing"],
    lambda: d.pop("missing"),
    lambda: {}.popitem(),
    lambda: d[[1]],
    lambda: {[1]: 2},
    lambda: d[(1, 2)],
    lambda: d.update(1),
    lambda: dict([(1, 2, 3)]),
    lambda: d[""],
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e, repr(e))

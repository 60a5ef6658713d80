# Or-patterns nested inside other patterns, after and before other captures, with the
# alternatives binding their names in different orders.
def f(v):
    match v:
        case [first, ([a, b] | {"b": b, "a": a}), last]:
            return f"first={first} a={a} b={b} last={last}"
        case {"k": k, "pair": (x, y) | {"y": y, "x": x}, **rest}:
            return f"k={k} x={x} y={y} rest={rest}"
        case [p, (q, r, s) | (s, (r, q)) | [[q, s, r]]]:
            return f"p={p} q={q} r={r} s={s}"
        case _:
            return "no match"


values = [
    [1, [2, 3], 4],
    [1, {"a": "A", "b": "B", "c": "C"}, 4],
    {"k": 0, "pair": (1, 2), "other": 3},
    {"k": 0, "pair": {"x": 10, "y": 20}},
    ["P", (1, 2, 3)],
    ["P", (3, (2, 1))],
    ["P", [[1, 3, 2]]],
    ["P", (1, 2)],
]
for v in values:
    print(f(v))


def deep(v):
    match v:
        case (((1 | 2) as n, m) | (m, (3 | 4) as n)) as whole:
            return f"n={n} m={m} whole={whole}"
        case _:
            return "no match"


for v in [(1, "a"), ("b", 4), (2, 2), (5, 5)]:
    print(deep(v))

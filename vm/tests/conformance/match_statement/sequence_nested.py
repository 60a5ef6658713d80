# Nested sequence patterns.
def f(v):
    match v:
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [(x, y), *rest] if rest:
            return f"point {x},{y} then {len(rest)} more"
        case [[*inner], last]:
            return f"inner {inner} last {last}"
        case [[[deep]]]:
            return f"deep {deep}"
        case _:
            return "other"


for v in [[[1, 2], [3, 4]], [(1, 2), 3, 4], [[1, 2, 3], 4], [[["x"]]], [[1], [2]], [1]]:
    print(v, "->", f(v))

# Or-patterns: alternatives tried left to right; each must bind the same names, in any
# order.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case {"a": a, "b": b} | [b, a]:
            return f"a={a} b={b}"
        case (int() | float()) as n:
            return f"number {n}"
        case _:
            return "other"


for v in [1, 3, [5, 0], [0, 6], {"a": 1, "b": 2}, ["B", "A"], 4, 4.5, "x"]:
    print(v, f(v))


def g(v):
    match v:
        case [x, y, *rest] | (x, y, rest):
            return x, y, rest


print(g([1, 2, 3, 4]))
print(g((1, 2)))

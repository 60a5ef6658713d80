# Names captured by patterns follow the usual scoping: locals in functions, globals with a
# global declaration, cells when a closure uses them, class attributes in class bodies.
def closure(v):
    match v:
        case [a, b]:
            pass
    return lambda: (a, b)


print(closure([1, 2])())

g = None


def set_global(v):
    global g
    match v:
        case {"g": g}:
            pass


set_global({"g": "global set"})
print(g)


class C:
    match (1, "two"):
        case (one, two):
            pass


print(C.one, C.two)


def comprehension(items):
    out = []
    for it in items:
        match it:
            case (k, v):
                out.append(f"{k}={v}")
            case other:
                out.append(f"?{other}")
    return out


print(comprehension([(1, 2), 3, ("a", "b")]))

# Sequence patterns: list and tuple syntax are the same; lengths must agree.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case (x, y):
            return f"two {x} {y}"
        case [x, y, z]:
            return f"three {x} {y} {z}"
        case _:
            return "many or not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), [1, 2, 3, 4], 5, None]:
    print(repr(v), f(v))

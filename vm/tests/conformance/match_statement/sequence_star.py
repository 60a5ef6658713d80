# Star sub-patterns bind a list of the middle items (always a list); `*_` binds nothing.
def f(v):
    match v:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*all_]:
            return f"all={all_}"


for v in [[1], [1, 2], (1, 2, 3), range(5), [], "no"]:
    print(repr(v), f(v) if f(v) else "no match")


def g(v):
    match v:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [_, *_, _, 9]:
            return "at least 3, ends with 9"
        case [*head, 5]:
            return f"head {head} then 5"
        case _:
            return "other"


for v in [[0], [0, 1], [1, 0], [1, 2, 9], [2, 9], (5,), [1, 2, 5], []]:
    print(repr(v), g(v))

match (1, 2, 3):
    case [*a, b, c]:
        print(type(a).__name__, a, b, c)

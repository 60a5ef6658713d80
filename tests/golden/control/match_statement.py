# The match statement: literal, capture, sequence, mapping, class and or-patterns, guards.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case 0 | None:
            return "nothing"
        case [x, y, *rest]:
            return f"sequence {x} {y} +{len(rest)}"
        case {"name": str(name), **extra}:
            return f"record {name} {sorted(extra)}"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case str() as text:
            return f"text {text!r}"
        case _:
            return "other"


for subject in [0, None, [1, 2, 3], (4, 5), {"name": "n", "a": 1}, Point(0, 3), Point(2, 2), Point(1, 2), "hi", 7]:
    print(describe(subject))

# namedtuple classes set __match_args__ to their fields and are tuples, so both class and
# sequence patterns apply.
from collections import namedtuple

Point = namedtuple("Point", "x y")
Line = namedtuple("Line", ["start", "end"])
print(Point.__match_args__)


def describe(v):
    match v:
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point(0, 0), end=end):
            return f"line from the origin to {end}"
        case Point(x=0, y=y):
            return f"point on the y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case (a, b):
            return f"plain pair {a},{b}"


for v in [
    Line(Point(1, 0), Point(1, 5)),
    Line(Point(0, 0), Point(2, 3)),
    Point(0, 7),
    Point(3, 4),
    (8, 9),
]:
    print(describe(v))

match Point(5, 6):
    case [a, b]:
        print("as a sequence:", a, b)

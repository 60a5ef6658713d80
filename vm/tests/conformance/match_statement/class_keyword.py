# Class patterns with keyword sub-patterns match attributes by name; a missing attribute is
# a failed match, not an error.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(z=0, x=x):
            return f"3d on the floor at x={x}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(w=w):
            return f"has w {w}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(7, 7, 0), Point3(0, 0, 1), (0, 0)]:
    print(where(p))

p = Point(1, 2)
p.w = "dub"
print(where(p))

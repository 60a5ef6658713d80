print(hasattr(object, "__reduce_ex__"), hasattr(object, "__reduce__"))
print(hasattr(int, "__reduce_ex__"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))


r = Point(1, 2).__reduce_ex__(2)
print(r[0] is Point, r[1])
r = object.__reduce_ex__(Point(3, 4), 4)
print(r[0] is Point, r[1])


class Sub(Point):
    pass


print(Sub(5, 6).__reduce_ex__(2)[1])

# enum's check: is the method found on a class the one object gives?
for name in ("__repr__", "__reduce_ex__"):
    print(name, getattr(Sub, name) is getattr(object, name))
try:
    object.__reduce_ex__()
except TypeError as e:
    print(type(e).__name__)

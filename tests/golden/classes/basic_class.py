# A class with __init__, methods, instance and class attributes.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dimensions, Point.dimensions)
q = p.moved(1, -1)
print(q.x, q.y, p.x)
p.scale(2).scale(5)
print(p.x, p.y)
p.dimensions = 3
print(p.dimensions, Point.dimensions, q.dimensions)
Point.dimensions = 4
print(p.dimensions, q.dimensions)
p.label = "dynamic"
print(p.label)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
method = p.norm2
print(method(), Point.norm2(q))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    pass


e = Empty()
e.value = 1
print(e.value, Empty.__name__)

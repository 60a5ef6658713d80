"""A small class hierarchy: shapes with areas, a registry, and special methods."""


class Shape:
    """Base class: every shape has a name and knows its area."""

    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area()")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def __repr__(self):
        return f"Rectangle({self.width}, {self.height})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def __repr__(self):
        return f"Square({self.width})"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return Circle.PI * self.radius ** 2

    def __repr__(self):
        return f"Circle({self.radius})"


shapes = [Rectangle(3, 4), Square(2), Circle(1), Circle(2.5), Square(5)]
for shape in shapes:
    print(shape)
print("sorted by area:", sorted(shapes))
print("largest:", max(shapes))
print("squares:", [s for s in shapes if isinstance(s, Square)])
print("rectangles (squares included):", sum(isinstance(s, Rectangle) for s in shapes))
print("shapes made:", Shape.count)
try:
    Shape("abstract").area()
except NotImplementedError as error:
    print("error:", error)

# A module imported by imports.py: top-level code runs once, on first import.
print("loading mod_shapes")

PI = 3


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def describe(shape):
    return f"{type(shape).__name__} of area {shape.area()}"


def fail():
    return 1 / 0

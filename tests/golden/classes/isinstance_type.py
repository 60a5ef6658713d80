# type() and isinstance() over the built-in types and user classes.
values = [1, 1.5, "s", [1], (1,), {1: 1}, None, True, range(2), len]
for v in values:
    print(type(v))
print(type(1) is int, type(True) is bool, type(True) is int, isinstance(True, int))
print(isinstance(1, (str, int)), isinstance("x", (int, float)), isinstance(1.0, float))
print(int, str, type(int), type(type))


class Shape:
    pass


class Circle(Shape):
    pass


c = Circle()
print(isinstance(c, Shape), isinstance(c, object), type(c) is Shape, type(c).__name__)
print(issubclass(bool, int), issubclass(int, object), issubclass(Circle, Shape))
print(type(c).__mro__ == (Circle, Shape, object))
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError))
print(int("7") + 1, str(7) + "1", float(1), bool(0), list((1,)), tuple([2]))

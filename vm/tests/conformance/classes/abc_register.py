import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Other: pass
Shape.register(Other)
print(isinstance(Other(), Shape), issubclass(Other, Shape))

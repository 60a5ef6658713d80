# Subclasses of property: instances are of the subclass, a getter's docstring is kept
# in the instance (a class docstring would hide it), and copies are made by the subclass.


class PropertySub(property):
    """This is a subclass of property"""


class Plain(property):
    pass


class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return self._spam

    @spam.setter
    def spam(self, value):
        """this docstring is ignored"""
        self._spam = value

    @PropertySub
    def ham(self):
        """a docstring"""
        return 1

    @ham.getter
    def ham(self):
        """a new docstring"""
        return 2


f = Foo()
f.spam = 3
print(f.spam, type(Foo.__dict__["spam"]).__name__, Foo.spam.__doc__)
print(Foo.ham.__doc__, f.ham, type(Foo.ham).__name__)
print(PropertySub(doc="explicit").__doc__)
print(Plain(doc="explicit").__doc__)
print(Plain(lambda self: 1).__doc__)
print(isinstance(Foo.spam, property), Foo.spam.__dict__)


class Counted(property):
    made = 0

    def __init__(self, *args, **kwargs):
        Counted.made += 1
        super().__init__(*args, **kwargs)


class Bar:
    @Counted
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        pass


print(Counted.made, Bar().x, type(Bar.x).__name__)

# A metaclass attribute with __set__ but no __get__ gives way to the class's own
# attribute; without one it is the answer itself. On instances likewise.


class Descr:
    def __init__(self, name):
        self.name = name

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


descr = Descr("a")


class X:
    a = descr


x = X()
print(x.a is descr)
x.a = 42
print(x.a)


class Meta(type):
    pass


class Y(metaclass=Meta):
    pass


Y.a = 42
Meta.a = Descr("a")
print(Y.a)


class Z(metaclass=Meta):
    pass


print(type(Z.a).__name__, Z.a is Meta.a)

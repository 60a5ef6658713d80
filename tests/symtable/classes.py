class A:
    x = 1
    y: int = 2

    def method(self, a, *args, **kw):
        return self.x + a

    def uses_super(self):
        return super().method(1)

    def uses_class(self):
        return __class__

    class Inner:
        z = x


class B(A, metaclass=type):
    def __init__(self):
        self.v = [i for i in range(3)]

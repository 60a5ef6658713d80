# pow(a, b, mod) asks the __pow__ of an int subclass defined in Python.
class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)

    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))

    def __rpow__(self, other, mod=None):
        return I(pow(int(other), int(self)))


print(repr(I(2) ** I(3)), repr(2 ** I(3)), repr(I(2) ** 3))
print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(pow(2, 3, 5)))


class J(int):
    pass


print(repr(pow(J(2), 10, 1000)), type(pow(J(2), 10, 1000)).__name__)

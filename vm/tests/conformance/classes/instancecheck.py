class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, int)
class Ints(metaclass=Meta): pass
print(isinstance(3, Ints), isinstance("x", Ints))
print(issubclass(bool, Ints), issubclass(str, Ints))
print(isinstance(Ints(), Ints))
print(isinstance(3, (str, Ints)))

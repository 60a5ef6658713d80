# A custom mro() that leaves the class out fails when __init_subclass__ is looked up.
class B:
    pass


class M(type):
    def mro(cls):
        return (B,)


try:
    class A(metaclass=M):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Vanishing(type):
    def mro(cls):
        del Vanishing.mro
        return (B,)


try:
    class A2(metaclass=Vanishing):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("mro" in Vanishing.__dict__)

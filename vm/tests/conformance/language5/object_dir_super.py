# object.__dir__ gives the default listing, which a class's __dir__ can extend.
class A:
    x = 1

    def __init__(self):
        self.y = 2

    def __dir__(self):
        return ["extra"] + super().__dir__()


a = A()
names = dir(a)
print("x" in names, "y" in names, "__dir__" in names, "extra" in names)
print(sorted(object.__dir__(a)) == sorted(set(dir(a)) - {"extra"}))
print("__dir__" in dir(object), hasattr(object, "__dir__"))
print(type(object.__dir__(1)).__name__, "__add__" in object.__dir__(1))
try:
    object.__dir__()
except TypeError as e:
    print(type(e).__name__)


class Plain:
    z = 3


print([n for n in dir(Plain()) if not n.startswith("__")])

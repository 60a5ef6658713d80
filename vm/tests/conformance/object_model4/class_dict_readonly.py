# A class's __dict__ cannot be replaced or deleted, through the attribute or through a
# base's __dict__ descriptor reached by a metaclass.


class Base:
    pass


class Meta1(type, Base):
    pass


class Meta2(Base, type):
    pass


class C:
    pass


class D(metaclass=Meta1):
    pass


class E(metaclass=Meta2):
    pass


for cls in (C, D, E):
    for attempt in (
        lambda: setattr(cls, "__dict__", {}),
        lambda: delattr(cls, "__dict__"),
        lambda: Base.__dict__["__dict__"].__set__(cls, {}),
        lambda: cls.__dict__.__setitem__("spam", "eggs"),
    ):
        try:
            attempt()
            print("allowed")
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    print(list(cls.__dict__))
print("__dict__" in C.__dict__, C.__dict__["__dict__"])

# mro() runs once the class object exists: its namespace and __class__ cell are ready,
# its __mro__ is still None.
seen = []


class Meta(type):
    def mro(cls):
        seen.append(("mro", cls.__name__, cls.__mro__, sorted(k for k in cls.__dict__ if not k.startswith("__"))))
        cls.__dict__["probe"]()
        return super().mro()


class A(metaclass=Meta):
    def probe():
        seen.append(("probe", __class__.__name__))


print(seen)
print(A.__mro__)

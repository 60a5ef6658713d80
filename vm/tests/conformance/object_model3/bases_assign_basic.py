# Assigning __bases__ changes the MRO of the class and what its instances find.
class C:
    def who(self):
        return "C"


class C2:
    def who(self):
        return "C2"

    def extra(self):
        return "extra"


class D(C):
    pass


d = D()
print(d.who(), D.__bases__, [k.__name__ for k in D.__mro__])
D.__bases__ = (C2,)
print(d.who(), d.extra(), D.__bases__, [k.__name__ for k in D.__mro__])
D.__bases__ = (C,)
print(d.who(), hasattr(d, "extra"))

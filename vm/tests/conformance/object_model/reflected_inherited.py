# A right operand whose class subclasses the left one's goes first only when it overrides
# the reflected method; one merely inherited waits for the left operand's method.


class B(int):
    def __floordiv__(self, other):
        return "B.__floordiv__"

    def __rfloordiv__(self, other):
        return "B.__rfloordiv__"


print(B(1) // 1, 1 // B(1))


class C:
    def __floordiv__(self, other):
        return "C.__floordiv__"

    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "C.__radd__"


class D(C):
    def __floordiv__(self, other):
        return "D.__floordiv__"

    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"


class E(C):
    pass


print(D() // C(), C() // D())
print(E.__rfloordiv__ is C.__rfloordiv__)
print(E() // 1, 1 // E(), E() // C(), C() // E())
print(C() + E(), E() + C())
x = C()
x //= E()
print(x)

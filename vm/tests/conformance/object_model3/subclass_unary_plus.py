# Unary plus on an instance of a number subclass gives a plain number.
class F(float):
    pass


class I(int):
    pass


class C(complex):
    pass


for v in (F(1.5), F(-2.0), I(5), I(10**30), C(1, 2)):
    for r in (+v, -v, abs(v)):
        print(type(r).__name__, r)
print(type(+True).__name__, +True)


class P(float):
    def __pos__(self):
        return "custom"


print(+P(1.0))

# Instances of int subclasses have a __dict__ holding their own attributes (enum members
# of IntEnum/IntFlag keep _value_ and _name_ there).
class I(int):
    pass


x = I(7)
x.a = 2
print(x.__dict__, x + 1, x.a)
x.__dict__["b"] = 3
print(x.b, sorted(x.__dict__))


class Base:
    pass


class J(int, Base):
    pass


z = int.__new__(J, 5)
z.name = "five"
print(z.__dict__, z * 2)
big = I(10 ** 30)
big.tag = 1
print(big.__dict__)
try:
    (5).__dict__
except AttributeError as e:
    print(type(e).__name__, e)

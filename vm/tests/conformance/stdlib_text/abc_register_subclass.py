# A class registered with an ABC is a virtual subclass of that ABC's ABC bases too.
import abc


class Number(abc.ABC):
    pass


class Rational(Number):
    pass


class Integral(Rational):
    pass


class Other(Number):
    pass


Integral.register(int)
print(isinstance(1, Integral), isinstance(1, Rational), isinstance(1, Number))
print(issubclass(bool, Rational), issubclass(int, Other), isinstance(1.5, Rational))
Other.register(float)
print(isinstance(1.5, Number), isinstance(1.5, Rational), issubclass(float, Other))

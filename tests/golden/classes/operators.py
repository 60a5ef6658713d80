# Operator overloading: reflected operators, NotImplemented, unary operators, __call__, __bool__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


a, b = Money(1250), Money(399)
print(a + b, a - b, b - a, a * 3, 2 * b, -a, abs(b - a), 5 + a)
print(sum([a, b, Money(1)], Money(0)), sum([a, b], 0))
print(a == Money(1250), a != b, b < a, a <= a, a > b, sorted([a, b, Money(5)]))
print(bool(Money(0)), bool(a), max(a, b), min([a, b]))
try:
    a + "text"
except TypeError as e:
    print("TypeError:", e)


class Polynomial:
    def __init__(self, *coefficients):
        self.coefficients = coefficients

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coefficients))

    def __len__(self):
        return len(self.coefficients)


p = Polynomial(1, 0, 2)
print([p(x) for x in range(5)], len(p), bool(Polynomial()), callable(p), callable(5))

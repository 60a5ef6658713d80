# Arguments through __complex__, __float__ and __index__, and what is refused.
import cmath

class C:
    def __init__(self, v):
        self.v = v
    def __complex__(self):
        return self.v

class F:
    def __float__(self):
        return 2.0

class Both:
    def __float__(self):
        return 2.0
    def __complex__(self):
        return 3j

class I:
    def __index__(self):
        return 4

class OnlyInt:
    def __int__(self):
        return 5

class Boom(Exception):
    pass

class Raises:
    def __complex__(self):
        raise Boom('no')

class MyComplex(complex):
    def __complex__(self):
        return 7j

print(cmath.sqrt(C(-4 + 0j)))
print(cmath.sqrt(F()), cmath.sqrt(Both()), cmath.sqrt(I()))
print(cmath.sqrt(MyComplex(4)))
print(cmath.phase(C(1j)), cmath.polar(I()))
print(cmath.rect(F(), I()))
print(cmath.log(C(1j), F()))
print(cmath.isclose(C(1j), 1j), cmath.isinf(C(complex('inf'))))
for bad in [OnlyInt(), object(), C(1), C(2.0), C('x'), C(None), Raises()]:
    try:
        cmath.exp(bad)
    except (TypeError, Boom) as e:
        print(type(e).__name__, e)
try:
    cmath.rect(C(1j), 1)
except TypeError as e:
    print(type(e).__name__, e)

# A float subclass is its value, even with its own __float__; its __complex__ is used.
class F2(float):
    def __float__(self):
        return 9.0

class G2(float):
    def __complex__(self):
        return 4j

print(cmath.sqrt(F2(4.0)), cmath.sqrt(G2(4.0)), cmath.rect(F2(2.0), 0))

# cmath.sqrt: exact roots, negative reals, and the sign of a zero imaginary part.
import cmath

def show(z):
    print(repr(z.real), repr(z.imag))

for v in [4, 4.0, -4, -4.0, 0, -0.0, 2j, -2j, 3 + 4j, 3 - 4j, -3 + 4j, -3 - 4j,
          complex(-4, 0.0), complex(-4, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(-0.0, -0.0), 1e-320, complex(0, 1e-320), 1e308, complex(1e308, 1e308),
          complex(-1e308, 1e308), True]:
    show(cmath.sqrt(v))
print(cmath.sqrt(-1) == 1j, cmath.sqrt(-1) * cmath.sqrt(-1))
print(type(cmath.sqrt(4)).__name__)

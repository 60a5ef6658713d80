# cmath.exp: values, signed zeros, overflow to OverflowError and domain errors.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

show(cmath.exp(0))
show(cmath.exp(1))
show(cmath.exp(1j * cmath.pi))
show(cmath.exp(complex(1, 2)))
show(cmath.exp(complex(-745, 1)))
show(cmath.exp(complex(709.5, 0.5)))
z = cmath.exp(complex(0, -0.0))
print(repr(z.real), repr(z.imag))
z = cmath.exp(complex(-0.0, 0.0))
print(repr(z.real), repr(z.imag))
for arg in [710, complex(800, 1), complex(1e300, 0), complex(1, float('inf')),
            complex(float('inf'), float('inf')), complex(0, float('-inf'))]:
    try:
        print(cmath.exp(arg))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(cmath.exp(complex(float('-inf'), float('inf'))))
print(cmath.exp(complex(float('inf'), 0.0)))

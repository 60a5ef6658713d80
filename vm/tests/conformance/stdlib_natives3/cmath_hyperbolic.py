# cmath's hyperbolic functions: sinh, cosh, tanh, their large arguments and zeros.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

for z in [0, 1, -1, 1j, complex(1, 1), complex(-2, 3), complex(0.5, -0.25),
          complex(20, 3), complex(-40, 3), complex(0, cmath.pi / 2), complex(705, 1)]:
    show(cmath.sinh(z))
    show(cmath.cosh(z))
    show(cmath.tanh(z))
show(cmath.tanh(complex(1000, 1)))
show(cmath.tanh(complex(-1000, -1)))
for z in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]:
    for f in (cmath.sinh, cmath.cosh, cmath.tanh):
        r = f(z)
        print(f.__name__, repr(r.real), repr(r.imag))
for z in [710, -710, complex(711, 0.5), complex(1e10, 1)]:
    for f in (cmath.sinh, cmath.cosh):
        try:
            f(z)
        except OverflowError as e:
            print(f.__name__, type(e).__name__, e)

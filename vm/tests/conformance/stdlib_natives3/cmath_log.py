# cmath.log and log10: principal values, the cut along the negative real axis, zeros.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

show(cmath.log(1))
show(cmath.log(cmath.e))
show(cmath.log(-1))
show(cmath.log(complex(-1, -0.0)))
show(cmath.log(1j))
show(cmath.log(-1j))
show(cmath.log(complex(3, 4)))
show(cmath.log(complex(1e308, 1e308)))
show(cmath.log(complex(1e-320, 0)))
show(cmath.log(complex(1 + 1e-10, 1e-8)))
z = cmath.log(1)
print(repr(z.real), repr(z.imag))
z = cmath.log(complex(1, -0.0))
print(repr(z.real), repr(z.imag))
show(cmath.log10(100))
show(cmath.log10(-1000))
show(cmath.log10(complex(0, 10)))
for arg in [0, 0j, complex(-0.0, -0.0), 0.0]:
    for f in (cmath.log, cmath.log10):
        try:
            f(arg)
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)

# cmath.polar and cmath.rect, and their round trip.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

for z in [0, 1, -1, 1j, -3j, complex(3, 4), complex(-1, -1), complex(-1, 0.0),
          complex(-1, -0.0), 2.5]:
    r, phi = cmath.polar(z)
    print(format(r, '.12g'), format(phi, '.12g'))
    w = cmath.rect(r, phi)
    print(cmath.isclose(w, z, abs_tol=1e-15))
show(cmath.rect(2, cmath.pi / 6))
show(cmath.rect(1, -cmath.pi))
show(cmath.rect(-2, 0.5))
z = cmath.rect(0, 0)
print(repr(z.real), repr(z.imag))
z = cmath.rect(-1, 0)
print(repr(z.real), repr(z.imag))
z = cmath.rect(-1, -0.0)
print(repr(z.real), repr(z.imag))
print(cmath.polar(complex(1e308, 1e308))[1])
try:
    cmath.polar(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(type(cmath.polar(1)).__name__)

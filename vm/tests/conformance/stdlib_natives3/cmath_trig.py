# cmath's circular functions: sin, cos, tan.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

for z in [0, 1, -1, 1j, complex(1, 1), complex(-2, 3), complex(0.5, -0.25),
          complex(3, 20), complex(3, -40), complex(cmath.pi / 2, 0)]:
    show(cmath.sin(z))
    show(cmath.cos(z))
    show(cmath.tan(z))
for z in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]:
    for f in (cmath.sin, cmath.tan):
        r = f(z)
        print(f.__name__, repr(r.real), repr(r.imag))
    r = cmath.cos(z)
    print('cos', repr(r.real), repr(r.imag))
for z in [complex(1, 800), complex(0, -1000)]:
    for f in (cmath.sin, cmath.cos):
        try:
            f(z)
        except OverflowError as e:
            print(f.__name__, type(e).__name__, e)
print(cmath.tan(complex(1, 800)))

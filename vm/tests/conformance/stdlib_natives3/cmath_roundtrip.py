# Functions and their inverses undo each other (to within rounding).
import cmath

samples = [complex(0.3, 0.4), complex(-0.7, 0.2), complex(0.1, -0.9), complex(-0.25, -0.5)]
pairs = [('exp', 'log'), ('sin', 'asin'), ('cos', 'acos'), ('tan', 'atan'),
         ('sinh', 'asinh'), ('cosh', 'acosh'), ('tanh', 'atanh')]
for fwd, inv in pairs:
    f, g = getattr(cmath, fwd), getattr(cmath, inv)
    for z in samples:
        w = f(g(z))
        print(fwd, inv, cmath.isclose(w, z, rel_tol=1e-13), abs(w - z) < 1e-14)
for z in samples:
    r = cmath.sqrt(z)
    print('sqrt', cmath.isclose(r * r, z, rel_tol=1e-14))

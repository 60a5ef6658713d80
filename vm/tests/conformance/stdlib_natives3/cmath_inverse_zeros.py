# Inverse functions keep the sign of zero: f(z) is z for the odd ones at the four zeros.
import cmath

zeros = [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0)]
for name in ['asin', 'atan', 'asinh', 'atanh', 'acos', 'acosh', 'sqrt', 'exp']:
    f = getattr(cmath, name)
    for z in zeros:
        r = f(z)
        print(name, repr(z.real), repr(z.imag), '->', format(r.real, '.12g'), repr(r.imag))

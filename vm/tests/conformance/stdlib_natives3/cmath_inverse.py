# cmath's inverse functions on ordinary values, near the branch points and far out.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

vals = [0.5, -0.5, 2, -2, 1j, -3j, complex(1, 1), complex(-2, 3), complex(1e-8, 1e-8),
        complex(1, 1e-10), complex(-1, 1e-10), complex(1e200, 1e200), complex(-1e300, 1),
        complex(3e-310, 2e-310)]
for name in ['asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    print('--', name)
    f = getattr(cmath, name)
    for z in vals:
        show(f(z))
for z in [1, -1, complex(1, 0.0), complex(-1, -0.0)]:
    try:
        cmath.atanh(z)
    except ValueError as e:
        print('atanh', z, type(e).__name__, e)
for z in [1j, -1j]:
    try:
        cmath.atan(z)
    except ValueError as e:
        print('atan', z, type(e).__name__, e)

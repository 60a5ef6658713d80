# Subnormal and huge arguments: no spurious overflow, underflow or NaN.
import cmath

def show(z):
    print(format(z.real, '.12g'), format(z.imag, '.12g'))

for z in [complex(1e-310, 1e-310), complex(-5e-324, 0), complex(1.7e308, 1.7e308),
          complex(-1.7e308, 1e-300), complex(1e-300, -1.7e308)]:
    for name in ['sqrt', 'log', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
        r = getattr(cmath, name)(z)
        print(name, end=' ')
        show(r)

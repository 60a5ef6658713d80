# The sign of a zero imaginary (or real) part chooses the side of each branch cut.
import cmath

def show(name, z):
    r = getattr(cmath, name)(z)
    print(name, repr(z), format(r.real, '.12g'), format(r.imag, '.12g'))

# Cuts along the real axis: (-inf, 0] for sqrt and log; beyond +-1 for asin, acos, atanh;
# below 1 for acosh.
for z in [complex(-2, 0.0), complex(-2, -0.0)]:
    for name in ['sqrt', 'log', 'log10', 'asin', 'acos', 'atanh', 'acosh']:
        show(name, z)
for z in [complex(2, 0.0), complex(2, -0.0)]:
    for name in ['asin', 'acos', 'atanh']:
        show(name, z)
for z in [complex(0.5, 0.0), complex(0.5, -0.0), complex(-0.5, 0.0), complex(-0.5, -0.0)]:
    show('acosh', z)
# Cuts along the imaginary axis beyond +-i: asinh and atan.
for z in [complex(0.0, 2), complex(-0.0, 2), complex(0.0, -2), complex(-0.0, -2)]:
    for name in ['asinh', 'atan']:
        show(name, z)

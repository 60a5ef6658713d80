# Every cmath function on the special values of C99 Annex G: signed zeros, infinities,
# NaNs and a finite value, with the domain errors CPython raises.
import cmath

inf = float('inf')
nan = float('nan')
vals = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def part(x):
    if x != x or x in (inf, -inf) or x == 0:
        return repr(x)
    return format(x, '.12g')

for name in ['sqrt', 'exp', 'log', 'log10', 'cosh', 'sinh', 'tanh', 'cos', 'sin', 'tan',
             'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']:
    f = getattr(cmath, name)
    print('--', name)
    for x in vals:
        row = []
        for y in vals:
            try:
                r = f(complex(x, y))
                row.append(part(r.real) + ',' + part(r.imag))
            except ValueError as e:
                row.append('ValueError')
        print(repr(x), ' '.join(row))

# cmath.isfinite, isinf and isnan look at both parts.
import cmath

inf = float('inf')
nan = float('nan')
for z in [0, 1.5, 1j, inf, -inf, nan, complex(inf, 0), complex(0, -inf), complex(nan, 0),
          complex(0, nan), complex(inf, nan), complex(nan, inf), complex(1e308, 1e308), True]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for f in (cmath.isfinite, cmath.isinf, cmath.isnan):
    try:
        f('1')
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

# cmath.phase: the argument in [-pi, pi], signed zeros and infinities.
import cmath

inf = float('inf')
nan = float('nan')
for z in [1, -1, 1j, -1j, complex(1, 1), complex(-1, -1), complex(0.0, 0.0),
          complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(-1, 0.0),
          complex(-1, -0.0), complex(inf, inf), complex(-inf, 2), complex(-inf, -2),
          complex(2, inf), complex(inf, -0.0), complex(nan, 1), complex(1, nan), -2.5, True]:
    print(repr(z), repr(cmath.phase(z)))
print(cmath.phase(complex(1e300, 1e-10)))
try:
    cmath.phase(complex(1e300, 1e-300))
except OverflowError as e:
    print(type(e).__name__, e)

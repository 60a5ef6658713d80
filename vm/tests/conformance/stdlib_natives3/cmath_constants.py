# cmath's constants: floats pi, e, tau, inf, nan and the complex infj and nanj.
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == 2 * math.pi)
print(type(cmath.pi).__name__, type(cmath.inf).__name__, type(cmath.infj).__name__)
print(repr(cmath.inf), repr(cmath.infj), repr(cmath.nan), repr(cmath.nanj))
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real, math.isnan(cmath.nanj.imag))
print(-cmath.inf, -cmath.infj)
print(cmath.__name__)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))

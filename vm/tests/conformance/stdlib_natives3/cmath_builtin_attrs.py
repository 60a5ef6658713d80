# cmath's functions are builtin functions of the cmath module.
import cmath

for name in ['sqrt', 'log', 'rect', 'isclose', 'phase']:
    f = getattr(cmath, name)
    print(name, type(f).__name__, f.__name__)
print(callable(cmath.sqrt))
import cmath as again
print(again is cmath)
from cmath import sqrt, pi
print(sqrt(-pi * pi))

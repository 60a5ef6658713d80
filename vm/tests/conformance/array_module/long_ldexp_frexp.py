# math.frexp and math.ldexp, including subnormals, overflow and huge exponents.
import math
print(math.frexp(0.0), math.frexp(-8.5), math.frexp(float('inf')), math.frexp(5e-324))
print(math.frexp(2.2250738585072014e-308), math.frexp(1), math.frexp(True))
cases = [(1.0, 10**20), (1.0, -10**20), (1e308, 10), (0.0, 10**30), (float('nan'), 3),
         (1, 2.0), (1.0, True), ('x', 1), (0.75, 1024), (0.5, -1073), (0.75, -1074),
         (0.5, -1075), (0.75, -1075), (1.5, -1060), (-3.0, 5), (1.0, 1024), (-0.0, 5)]
for args in cases:
    try:
        print(args, math.ldexp(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for x in [0.1, -1e-310, 123456.789, 2.0**-1074]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
try:
    math.frexp('x')
except TypeError as e:
    print('TypeError', e)

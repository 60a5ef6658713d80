# gamma at fractional, small, large and negative arguments, printed exactly.
import math
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.1, 3.7, 10.25, 33.3, 99.9, 141.5, 170.5, 171.6, -3.3, -45.7, -150.2, -170.9]:
    print(x, repr(math.gamma(x)))
print(repr(math.gamma(math.inf)), math.isnan(math.gamma(math.nan)))
print(repr(math.gamma(1e-30)), repr(math.gamma(-1e-30)))
print(repr(math.gamma(-250.5)), repr(math.gamma(-251.5)))
print(math.gamma(0.5) ** 2 == math.pi or abs(math.gamma(0.5) ** 2 - math.pi) < 1e-15)

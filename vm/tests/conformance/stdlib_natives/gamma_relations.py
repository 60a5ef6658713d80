# gamma and lgamma agree with each other and with the recurrence gamma(x+1) = x*gamma(x).
import math
xs = [0.3, 1.7, 4.2, 9.9, 25.5, -0.7, -3.4]
for x in xs:
    g = math.gamma(x)
    print(x, math.isclose(math.gamma(x + 1), x * g, rel_tol=1e-13),
          math.isclose(math.lgamma(x), math.log(abs(g)), rel_tol=1e-12, abs_tol=1e-14))
print(math.isclose(math.gamma(0.5), math.sqrt(math.pi), rel_tol=1e-15))
print(math.gamma(-0.5) < 0, math.gamma(-1.5) > 0)

# lgamma: log|gamma(x)|, exact at 1 and 2, finite where gamma overflows.
import math
for x in [1, 2, 1.0, 2.0, 0.5, 1.5, 2.5, 3, 10, 0.001, 171.7, 1000.5, 1e10, 1e300, -0.5, -1.5, -2.5, -1000.5, 1e-25, -1e-25]:
    print(x, repr(math.lgamma(x)))
print(repr(math.lgamma(math.inf)), repr(math.lgamma(-math.inf)), math.isnan(math.lgamma(math.nan)))
print(abs(math.lgamma(20) - math.log(math.factorial(19))) < 1e-12)

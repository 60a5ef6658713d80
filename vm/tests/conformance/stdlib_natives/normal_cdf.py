# The normal distribution through erf, as statistics.NormalDist computes it.
import math
def cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))
for x in [-3, -1.96, -1, 0, 0.5, 1, 1.96, 3]:
    print(x, format(cdf(x), '.12f'))
print(format(cdf(115, 100, 15), '.12f'))

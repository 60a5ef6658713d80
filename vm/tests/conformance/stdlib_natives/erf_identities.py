# Identities of the error function: odd symmetry, erf + erfc == 1, tails of erfc.
import math
xs = [i / 7 for i in range(-30, 31)]
print(all(math.erf(-x) == -math.erf(x) for x in xs))
print(max(abs(math.erf(x) + math.erfc(x) - 1) for x in xs) < 1e-15)
print(all(0 < math.erfc(x) < 2 for x in xs))
print(format(math.erfc(10), '.12g'), format(math.erfc(20), '.12g'), format(math.erfc(26), '.12g'))
print(math.erfc(27.5) > 0, math.erfc(30) == 0.0)
print(sorted(round(math.erf(x), 10) for x in (2, -2, 0.5)))

# gamma at positive integers is the exact factorial of n - 1.
import math
for n in range(1, 26):
    print(n, repr(math.gamma(n)), math.gamma(n) == math.factorial(n - 1))
print(repr(math.gamma(23.0)), repr(math.gamma(24.0)))

# getrandbits for sizes around the 32-bit word boundaries.
import random
r = random.Random(7)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000]:
    print(k, r.getrandbits(k))
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(r.randbytes(10))

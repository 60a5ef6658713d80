# Integer seeds give CPython's Mersenne Twister sequences.
import random
for seed in [0, 1, 42, -42, 2**32, 2**100 + 7, 12345678901234567890]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)], random.getrandbits(70))

# str, bytes and bytearray seeds go through SHA-512, as in CPython's version 2 seeding.
import random
for seed in ["hello", b"hello", bytearray(b"abc"), "", 3.5, -0.0, True]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(1000))

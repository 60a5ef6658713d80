# random.SystemRandom: numbers from os.urandom, in range, with no state to save.
import random

r = random.SystemRandom()
xs = [r.random() for _ in range(200)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 190)
print(all(0 <= r.getrandbits(5) < 32 for _ in range(100)), r.getrandbits(0))
print(all(3 <= r.randint(3, 7) <= 7 for _ in range(100)))
print(r.choice("a") == "a", sorted(r.sample(range(5), 5)))
print(r.seed(5))
for f in (r.getstate, lambda: r.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(r, random.Random))
print(len(r.randbytes(5)), type(r.randbytes(0)).__name__)
random.seed(12345)
print(random.randbytes(8).hex(), random.getrandbits(16))

# The derived distributions draw the same numbers as CPython for a fixed seed.
import random
random.seed(99)
print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 5))
x = list(range(10))
random.shuffle(x)
print(x)
print(random.uniform(1, 2), random.randrange(0, 100, 7))
print(random.choices("abc", weights=[1, 2, 3], k=6))
print(random.gauss(0, 1), random.expovariate(2.0))

# random.Random subclasses _random.Random; a subclass may override random().
import random, _random
print(issubclass(random.Random, _random.Random))
class Fixed(random.Random):
    def random(self):
        return 0.5
f = Fixed(1)
print(f.random(), f.uniform(0, 10))
class WithAttr(_random.Random):
    pass
w = WithAttr()
w.seed(3)
w.note = "kept"
print(w.note, w.random() == random.Random(3).random())
try:
    _random.Random(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# __all__ naming something missing, or holding a non-str
import sys
class Fake:
    __name__ = "fake_star"
    __all__ = ["there", "missing"]
    there = 1
sys.modules["fake_star"] = Fake()
try:
    from fake_star import *
except AttributeError as e:
    print(type(e).__name__, e)
print(there)
Fake.__all__ = [1]
try:
    from fake_star import *
except TypeError as e:
    print(type(e).__name__, e)

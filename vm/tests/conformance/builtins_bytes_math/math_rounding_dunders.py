# floor/ceil/trunc ask the type's dunder (bound as a descriptor), even on float subclasses.
import math

class FloatCeil(float):
    def __ceil__(self):
        return 42

class FloatFloor(float):
    def __floor__(self):
        return 7

class BadDescr:
    def __get__(self, obj, objtype=None):
        raise ValueError("from descriptor")

class BadFloor:
    __floor__ = BadDescr()

class BadTrunc:
    __trunc__ = BadDescr()

class BadFloat:
    __float__ = BadDescr()

print(math.ceil(FloatCeil(1.5)), math.floor(FloatCeil(1.5)), math.floor(FloatFloor(2.5)))
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.9), math.floor(10 ** 20), math.ceil(True))
for f, arg in [(math.floor, BadFloor()), (math.trunc, BadTrunc()), (math.sqrt, BadFloat()),
               (math.dist, ([1], [BadFloat()]))]:
    try:
        f(*arg) if isinstance(arg, tuple) else f(arg)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
for f, arg in [(math.trunc, object()), (math.floor, "x"), (math.ceil, math.nan), (math.floor, math.inf)]:
    try:
        f(arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

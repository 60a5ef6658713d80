# types.MethodType(func, obj) binds any callable; bad arguments raise TypeError.
import types


class Box:
    def __init__(self, v):
        self.v = v


def get(self, extra=0):
    return self.v + extra


m = types.MethodType(get, Box(4))
print(m(), m(extra=3), m.__func__ is get, type(m.__self__).__name__)
print(type(m) is types.MethodType)

lm = types.MethodType(len, [1, 2, 3])
print(lm(), lm.__self__)

for args in [(), (len,), (len, None), (1, 2), (len, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.MethodType(func=len, obj=1)
except TypeError as e:
    print(type(e).__name__, e)

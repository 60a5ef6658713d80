# What int() does with the results of __int__ and __index__.
import warnings

class BadIndex:
    def __index__(self):
        return True

class BadIndex2(int):
    def __index__(self):
        return True

class BadInt:
    def __int__(self):
        return True

class BadInt2(int):
    def __int__(self):
        return True

class MyInt(int):
    def __int__(self):
        return 42

class FloatInt(int):
    def __int__(self):
        return 42.0

class Sub(int):
    pass

class ReturnsSub:
    def __int__(self):
        return Sub(5)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for x in (BadIndex(), BadIndex2(), BadInt(), BadInt2(), MyInt(7), ReturnsSub(), Sub(9)):
        n = int(x)
        print(type(x).__name__, n, type(n).__name__)
    for x in w:
        print(x.category.__name__, x.message)

for x in (FloatInt(7),):
    try:
        int(x)
    except TypeError as e:
        print(type(e).__name__, e)
class StrInt:
    def __int__(self):
        return "3"
try:
    int(StrInt())
except TypeError as e:
    print(type(e).__name__, e)
print(MyInt(7) == 7, MyInt(7) + 1)

# int() falls back to __trunc__ with a DeprecationWarning (3.11).
import warnings

class JustTrunc:
    def __trunc__(self):
        return 42

class TruncFloat:
    def __trunc__(self):
        return 4.5

class Idx:
    def __index__(self):
        return 7

class TruncIndex:
    def __trunc__(self):
        return Idx()

class TruncBool:
    def __trunc__(self):
        return True

class Both:
    def __int__(self):
        return 1
    def __trunc__(self):
        return 2

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(JustTrunc()))
    print(int(TruncIndex()))
    r = int(TruncBool())
    print(r, type(r).__name__)
    try:
        int(TruncFloat())
    except TypeError as e:
        print(type(e).__name__, e)
    print(int(Both()))
    for x in w:
        print(x.category.__name__, x.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(JustTrunc())
    except DeprecationWarning as e:
        print(type(e).__name__, e)

class Boom:
    def __trunc__(self):
        1 / 0
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        int(Boom())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

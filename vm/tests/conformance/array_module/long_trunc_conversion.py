# int() falls back to __trunc__ (deprecated in 3.11, with a DeprecationWarning); __long__
# is ignored.
import warnings
class JustLong:
    def __long__(self):
        return 42
class LongTrunc:
    def __long__(self):
        return 42
    def __trunc__(self):
        return 1729
class Indexish:
    def __index__(self):
        return 5
class TruncToIndex:
    def __trunc__(self):
        return Indexish()
class BadTrunc:
    def __trunc__(self):
        return "x"
try:
    int(JustLong())
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(LongTrunc()), int(TruncToIndex()))
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    try:
        int(BadTrunc())
    except TypeError as e:
        print('TypeError', e)

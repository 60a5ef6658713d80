# sys.exception() (new in 3.11) follows the handled exception, in except and except*.
import sys
print(sys.exception())
try:
    raise ValueError(1)
except ValueError:
    print(repr(sys.exception()))
    try:
        raise KeyError(2)
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print(repr(sys.exception()))
except* TypeError:
    print(repr(sys.exception()))
print(sys.exception())
try:
    sys.exception(1)
except TypeError as e:
    print(type(e).__name__, e)

# Inside an except* clause the handled exception is the matched part.
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
except* TypeError as e:
    print(repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
print(sys.exc_info())
try:
    e
except NameError as err:
    print("name cleared:", err)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    try:
        raise KeyError("inner")
    except KeyError as k:
        print(repr(k.__context__))

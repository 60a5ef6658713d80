import sys

fr = sys._getframe()
for name in ['f_code', 'f_globals', 'f_back', 'f_lasti']:
    try:
        setattr(fr, name, None)
    except AttributeError as e:
        print(name, type(e).__name__)
try:
    fr.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(type(e).__name__)
fr.f_trace = None
print(fr.f_trace)

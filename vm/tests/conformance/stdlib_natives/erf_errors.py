# erf and erfc take one real number.
import math
for f in (math.erf, math.erfc):
    for bad in ['0.5', None, 1j]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
    try:
        f(1, 2)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
    print(f.__name__, format(f(True), '.10g'), format(f(2 ** 70), '.10g'))

# math.pow follows C99 Annex F for zeros and infinities.
import math
NINF, INF = -math.inf, math.inf
for x, y in [(0.0, NINF), (-0.0, NINF), (NINF, 2.3), (NINF, -2.3), (NINF, 3.0), (NINF, -3.0),
             (INF, 0.5), (-1.0, INF), (-1.0, NINF), (0.5, NINF), (2.0, NINF), (1.0, math.nan),
             (math.nan, 0.0), (-2.0, 3.0)]:
    print(x, y, math.pow(x, y))
for x, y in [(0.0, -1.0), (-0.0, -2.5), (-2.0, 0.5), (10.0, 400.0)]:
    try:
        math.pow(x, y)
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)

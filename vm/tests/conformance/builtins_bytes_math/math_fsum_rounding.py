# math.fsum rounds the exact sum once, including half-way cases, and handles specials.
import math
print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]), math.fsum([1.0, 1e100, 1.0, -1e100]))
print(math.fsum([0.1] * 10), math.fsum([]), math.fsum([-0.0]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, math.inf]))
for data in ([math.inf, -math.inf], [1.7e308, 1.7e308]):
    try:
        math.fsum(data)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

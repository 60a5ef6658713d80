# Argument errors: counts, keywords and types, with CPython's messages.
import cmath

calls = [
    lambda: cmath.sqrt(),
    lambda: cmath.sqrt(1, 2),
    lambda: cmath.sqrt('a'),
    lambda: cmath.sqrt(None),
    lambda: cmath.sqrt(z=1),
    lambda: cmath.exp([]),
    lambda: cmath.sin(b'1'),
    lambda: cmath.phase(),
    lambda: cmath.phase('a'),
    lambda: cmath.polar(1, 2),
    lambda: cmath.log(),
    lambda: cmath.log(1, 2, 3),
    lambda: cmath.log(x=2),
    lambda: cmath.log(2, base=3),
    lambda: cmath.log('a', 2),
    lambda: cmath.log(2, 'a'),
    lambda: cmath.rect(),
    lambda: cmath.rect(1),
    lambda: cmath.rect(1, 2, 3),
    lambda: cmath.rect(1j, 2),
    lambda: cmath.rect(1, 2j),
    lambda: cmath.rect('a', 2),
    lambda: cmath.rect(r=1, phi=2),
    lambda: cmath.exp(2 ** 2000),
    lambda: cmath.cos(10 ** 400),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

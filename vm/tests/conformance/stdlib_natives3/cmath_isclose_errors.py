# cmath.isclose's argument errors, with CPython's messages.
import cmath

calls = [
    lambda: cmath.isclose(),
    lambda: cmath.isclose(1),
    lambda: cmath.isclose(1, 2, 3),
    lambda: cmath.isclose(1, 2, rel_tol=-1),
    lambda: cmath.isclose(1, 2, abs_tol=-1e-9),
    lambda: cmath.isclose(1, 2, foo=1),
    lambda: cmath.isclose(1, 2, rel_tol='x'),
    lambda: cmath.isclose(1j, 1j, rel_tol=1j),
    lambda: cmath.isclose(1j, 1j, abs_tol=1j),
    lambda: cmath.isclose('a', 1),
    lambda: cmath.isclose(1, None),
    lambda: cmath.isclose(1, a=1),
    lambda: cmath.isclose(1, 2, rel_tol=float('nan')),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

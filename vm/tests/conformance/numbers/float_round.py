# round() with ndigits: round-half-even on the exact binary value
for x in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e300, 5e-324]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0))
print(round(1234.5678, -2), round(-1234.5678, -3), round(15, -1), round(25, -1), round(-35, -1), round(7, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), round(0.0, 3), round(-0.0, 3))
for call in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.5), lambda: round("x")]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

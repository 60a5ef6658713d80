# round() with and without ndigits.
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(7), round(7, 0), round(7.0, 0), round(0.125, 2), round(-0.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(123.456, -1), round(123.456, 1), round(1e20, 2))
for call in [lambda: round("x"), lambda: round(1.5, 1.5), lambda: round(float("inf")),
             lambda: round(float("nan"))]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

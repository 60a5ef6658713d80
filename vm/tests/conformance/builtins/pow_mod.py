# pow() with two and three arguments, including a negative exponent with a modulus.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 1000007), pow(-3, 3, 7))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
for call in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
             lambda: pow(2, 1.5, 3), lambda: pow(0, -1), lambda: pow(1), lambda: pow("a", 2)]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

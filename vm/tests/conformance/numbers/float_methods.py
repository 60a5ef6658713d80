# float methods, special value parsing, int conversions
for x in [0.5, -1.25, 3.0, 1e20, 0.1, -0.0]:
    print(x, x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ["nan", "-NaN", "inf", "+inf", "-Infinity", "INFINITY", " 1.5 ", "1_000.5", "1e5", ".5", "5.", "-0", "\uff11.\uff15"]:
    print(repr(s), float(s))
for s in ["", "1.5.5", "1__0", "infinit", "nan1", "0x10", "1e", "_1"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: int(float("nan")), lambda: int(float("-inf")), lambda: float([])]:
    try:
        call()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

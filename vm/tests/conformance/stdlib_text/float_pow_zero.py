# Zero to the power of -inf is inf; to any other negative power, ZeroDivisionError.
inf = float("inf")
for base in [0.0, -0.0]:
    print(base ** -inf, pow(base, -inf), base ** inf, base ** 0.0)
    for e in [-1.0, -0.5, -1e300]:
        try:
            print(base ** e)
        except ZeroDivisionError as ex:
            print(type(ex).__name__, ex)

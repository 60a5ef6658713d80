for v, spec in [(1, "s"), (1.5, "d"), (1, ".2x"), ("a", ","), (1, "z")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)

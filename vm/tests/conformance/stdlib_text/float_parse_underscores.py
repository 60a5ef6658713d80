# float() accepts underscores only between digits.
for lit in ["1_000", "1_0.5_5", "1e1_0", "0_7", "09_99", "1_.4", "1._4", "._5", "1.0e+_1",
            "1_e1", "1.4_e1", "1e_1", "1.4e_1", "_1", "1_", "1__0", "in_f", "n_an", " 1_2 "]:
    try:
        print(repr(lit), float(lit))
    except ValueError as e:
        print(repr(lit), type(e).__name__, e)

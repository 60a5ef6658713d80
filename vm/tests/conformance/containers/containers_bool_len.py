for c in [[], [0], (), (None,), {}, {0: 0}, set(), {0}, "", " ", range(0), range(2)]:
    print(repr(c), bool(c), len(c))

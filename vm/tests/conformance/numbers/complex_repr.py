# repr / str of complex numbers
vals = [1j, -1j, 2j, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 1j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -1.0),
        1.5 + 0.25j, 1e300j, complex(1e16, 1), complex(1e-5, -1e22), 3 + 0j, complex(float("inf"), float("nan")),
        complex(-float("inf"), -float("inf")), complex(0, float("nan")), 0.1 + 0.2j, 123456789.123j]
for v in vals:
    print(repr(v), str(v), f"{v}", "%s" % (v,))
print([1j, 2 + 3j], (1j,), {1j: 1})

# float.hex and float.fromhex
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 3.0, 1 / 3]:
    print(repr(x), x.hex())
for s in ["0x1.8p1", "0X1P-2", "-0x1.fffffffffffffp+1023", "0x.8p0", "0x10", "1p4", "  0x1.0p0  ", "inf", "-Infinity", "nan", "0x1.p1", "0x0p0", "0x1.00000000000008p0", "0x1.ffffffffffffffp0"]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "0x1p", "xyz", "0x1.8p99999", "0x1g"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

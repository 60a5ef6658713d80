# float.fromhex with exponents far outside the float range: zero or OverflowError, never a crash.
for s in ["0x1p-99999999999", "-0x1p-99999999999", "0x1p-1075", "0x1.0000001p-1075", "0x1p-1074",
          "0x1.8p-1074", "0x0.0000000000001p-1022", "0x1p-1076", "0x1p1023", "0x1.fffffffffffffp1023",
          "0x123p-9999999999999999999999", "0x0p99999999999"]:
    print(s, float.fromhex(s))
for s in ["0x1p1024", "0x1p99999999999", "0x1p9999999999999999999999"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(s, type(e).__name__, e)

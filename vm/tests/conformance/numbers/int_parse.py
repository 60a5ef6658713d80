# int(str, base): prefixes with base 0, underscores, Unicode digits, whitespace, errors
cases = [("42", 10), ("  -42  ", 10), ("0x1F", 16), ("0x1F", 0), ("0o17", 0), ("0b101", 0), ("1_000", 10), ("0_0", 0),
         ("ff", 16), ("FF", 16), ("z", 36), ("0b_1", 0), ("\u0663\u0664", 10), ("\uff11\uff12", 10), ("+7", 0), ("10", 2), ("0", 0),
         ("00", 0), ("1_0", 0)]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int(b"12"), int(bytearray(b"0x10"), 16), int("12", base=8), int(" 0X_1f ", 16))
bad = [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("012", 0), ("0x", 16), ("12", 2), ("1.5", 10), ("9", 8), ("0b2", 0),
       ("abc", 10), (" ", 10), ("0x1g", 0), ("-", 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("1", 1), ("1", 37), (1, 10), (1.5, 10)]:
    try:
        int(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Conversions between the built-in types and their corner cases.
print(int("ff", 16), int("-0b101", 0), int("0o17", 8), int("z", 36), int("  42  "), int("1_000"))
print(str(-0), str(10 ** 20), repr(1.0), str(1e100), repr(-1.5e-10))
print(float("nan") == float("nan"), float("inf") == float("inf"), float("-0.0"))
print(bool(""), bool("0"), bool(0.0), bool([[]]), int(True), float(False))
print(list("abc"), list({"k": 1}), tuple({"a": 1, "b": 2}.values()), dict([(1, 2), (3, 4)]))
print(str([1, "2", 3.0]), repr("x"), str(("a",)), str({1: "one"}))
print(ord("€"), chr(8364), hex(-255), oct(0), bin(-3), hex(2 ** 70))
print(abs(-7), abs(-7.25), round(7.5), round(-7.5), round(0.125, 2), round(5, -1))
print(divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5), pow(2, -2))
print(min([3, 1, 2]), max("hello"), min((2, "b"), (2, "a")), max([], default="none"))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), list(reversed("abc")))
print(int(-3.7), int(3.7), float(" 2.5e3 "), str(0.1 + 0.7), 3 * 0.1)
for bad in ["", "1.5", "abc", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)

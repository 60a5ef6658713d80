# Float arithmetic and repr: shortest round-tripping digits, exponents, signed zero, inf.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 4)
print(1e16, 1e15, 1.5e16, 1e-5, 1e-4, 0.0001234, 123456789.0)
print(1e22, 1e300 * 10, -1e300 * 10, 2.5e-310)
print(-0.0, 0.0, -0.0 == 0.0, 1.0, 100.0, -2.5)
print(float("inf"), float("-inf"), float("inf") > 1e308)
print(repr(3.14), str(2.0), 7.0 / 2, 7 / 2, 8 / 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 10 ** -1, (-8.0) ** 2)
print(1.1 * 3, 0.1 * 3, 1.0 - 0.9, 3 * 1.1 == 3.3)
print(int(2.5), int(-2.5), float(7), float("1.25"), float("  -3.5  "))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))
print(abs(-1.5), max(1.5, 2), min(-0.5, 0), 1 < 1.5 < 2)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 + 1)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
print(1e16 + 1, 9007199254740993.0, 5e-324, 1.7976931348623157e308)
print(3.0 * 4, 3.0 - 3, 1 / 8, 1 / 1024, 1 / 7)

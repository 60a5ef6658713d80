# Integer, float and big-int arithmetic with Python's rounding and promotion rules.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 1 / 3, 2 / 1)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (2 ** 64) // 3, (2 ** 64) % 1000)
print(2 ** 100 - 2 ** 100 + 5, type(2 ** 100 - 2 ** 100))
print(-(2 ** 63), abs(-(2 ** 63)), -(-(2 ** 63)))
print(10 ** 20 // 7, -(10 ** 20) // 7, 10 ** 20 % -7)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, 5))
print(1 << 70, (1 << 70) >> 68, -5 >> 1, -(2 ** 70) >> 3)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, ~-1)
print((2 ** 80) & (2 ** 80 - 1), (2 ** 80) | 1, -(2 ** 80) ^ 7)
print(True + True, True * 10, False - 1, True / 2)
print(0.1 + 0.2, 1e300 * 10, -1e300 * 10, 1.5e-10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(3 * 1.5, 10 - 0.5, 2 ** 3.0, 10 ** -2)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(3, -1, 7), pow(-2, 3))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(1250, -2), round(1350, -2), round(7), round(7.123456, 3))
print(int(3.9), int(-3.9), int("42"), int("-0x1f", 16), int("0b101", 0), int("1_000"))
print(float("1.5"), float("-inf"), float(" 2e3 "), float(7))
print(1 == 1.0, 1 == True, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1, 3 > 2.5)
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print(abs(-3), abs(-3.5), abs(True), max(3, 7.5, -1), min([4, 2, 8]))
print(hex(255), oct(8), bin(5), hex(-255), bin(2 ** 65))
print((5).bit_length(), (255).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio())
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
print(x)
print(-0.0, 0.0 == -0.0, float("nan") == float("nan"))
print(1e16, 1e15, 123456789.0, 0.0001, 0.00001)

# Integers past 64 bits: overflow promotes, results that fit shrink back.
big = 9223372036854775807
print(big, big + 1, big * 2, -big - 1, -big - 2)
print(type(big + 1).__name__)
print((big + 1) - 1 == big, (big + 1) - 1)
print(2 ** 64, 2 ** 100, -(2 ** 70))
print(3 ** 50)
print((2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 100) // 3, -(2 ** 100) % 7)
print((10 ** 30) // (10 ** 28), (10 ** 30) % 999)
print(divmod(10 ** 25, -12345))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 20), f % 1000003)
print(abs(-(10 ** 20)), -(10 ** 20) < 5, 10 ** 20 > 10 ** 19)
print(10 ** 20 == 10 ** 20, 2 ** 64 != 2 ** 64 + 1)
print(str(2 ** 80), len(str(2 ** 200)))
print(int("123456789012345678901234567890") + 1)
print(1 << 70, (1 << 70) >> 69, (2 ** 70) & 0xFF, (2 ** 70) | 1)
print(-9223372036854775808 // -1)
print(12345678901 * 98765432109)
print(float(2 ** 70), 2 ** 70 / 2 ** 68)
a, b = 0, 1
for _ in range(100):
    a, b = b, a + b
print("fib(100) =", a)

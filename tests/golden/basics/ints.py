# Small-int arithmetic: the operators, their signs, and mixing with bool.
a = 17
b = 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** -1, 10 ** -2, (-2) ** -3)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(7 // 1, 0 // 3, -1 // 3, -1 % 3, 1 % -3)
print(abs(-42), abs(0), -(-5), +7)
print(True + True, True * 10, False - 1)
print(int("123"), int("-45"), int(3.99), int(-3.99), int(True))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
print(max(3, 9, 2), min(3, 9, 2), sum([1, 2, 3, 4]))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
n = 0
for i in range(1, 101):
    n += i * i
print("sum of squares", n)
print(1_000_000, 0x1F, 0o17, 0b1011)
print(hex(255), oct(8), bin(5))

# Folded integer arithmetic gives what the same operations give at run time.
a, b = 7, 2
print(7 + 2, a + b)
print(7 - 2, a - b)
print(7 * 2, a * b)
print(7 // 2, a // b, -7 // 2, -a // b)
print(7 % 2, a % b, -7 % 2, -a % b, 7 % -2, a % -b)
print(7 / 2, a / b, -7 / 2)
print(2 ** 10, b ** 10, 2 ** -1, b ** -1, (-2) ** 3)
print(1 << 10, 1024 >> 3, -1 >> 3, -17 >> 2)
print(12 & 10, 12 | 3, 12 ^ 10)

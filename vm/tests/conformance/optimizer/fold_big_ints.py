# Results just inside and just outside the 128-bit limit are the same either way.
x = 2 ** 127
y = 2 ** 128
z = 2 ** 129
print(x, y, z)
print(3 ** 80, 10 ** 38, 10 ** 39)
print(1 << 127, 1 << 200)
print(12345678901234567890 * 98765432109876543210)
print(-(2 ** 100))
print(2 ** 64 - 1, -2 ** 63)

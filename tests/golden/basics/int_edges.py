# Integer corner cases around signs, shifts, bitwise ops and the 64-bit boundary.
m = 2 ** 63
for a in [m - 1, m, -m, -m - 1, 7, -7]:
    for b in [3, -3, m + 5]:
        print(a, b, a // b, a % b, divmod(a, b) == (a // b, a % b))
print(-1 >> 1, -1 >> 100, -(2 ** 100) >> 99, (2 ** 100) >> 101, 1 << 0, 5 << 62, 5 << 63)
print(-5 & 3, -5 | 3, -5 ^ 3, ~(2 ** 70), (-(2 ** 70)) & (2 ** 64 - 1), (2 ** 65) ^ -1)
print(pow(3, 200, 1000007), pow(-2, 63), pow(-2, 64), (-2) ** 63 == -m)
print(int("9" * 50) // 7, int("9" * 50) % 7, -int("9" * 50) // 7)
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308)
print(abs(-m), -(-m), m * m, (m * m) // m == m, m - m, type(m - m).__name__)
print(sum(range(10 ** 6)), max(m, m + 1), min(-m, -m - 1), sorted([m, -m, 0, m - 1]))
print(str(-(10 ** 30)), len(str(2 ** 1000)), str(2 ** 1000)[:20])
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    10 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Float text forms: repr's shortest digits, %-formatting, format specs and str.format.
values = [1e-7, 1e-5, 0.000123, 123456789012345678.0, 1e15 + 0.3, 2.5, 1 / 7, 1e300, -1e-300,
          5e-324, 2 ** 0.5, 100.0, 1e16, 12345.678, 0.1 * 3]
for v in values:
    print(repr(v), str(v), "%.3f" % v, "%.3e" % v, "%g" % v, f"{v:.4g}", f"{v:10.2f}|")
print("%5.1f|%-8.2f|%+.0f|%08.3f" % (3.14159, 2.5, 2.5, -1.5))
print("{:.1f} {:e} {:.2%} {:,.2f}".format(0.05, 12345.6789, 0.4567, 1234567.891))
print(f"{3.0:g} {3.5:g} {1e20:g} {1.5e-5:g} {0.0001:g}")
print(round(0.5), round(1.5), round(2.675, 2), round(-2.5), round(1e20), round(3.14159, 3))
print(7.0 // 0.1, 7.0 % 0.1, -7.0 // 0.1, 1e308 + 1e308, -(1e308 + 1e308))
print(float("1e500"), float("-1e500"), 1e-400, 0.1 + 0.2 - 0.3)
print(int(1e20), int(-1e20), int(2.0 ** 80), float(10 ** 25), 10 ** 25 == float(10 ** 25))
print(3.0 == 3, 0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16, (-0.0) * 1, abs(-0.0))

for text in ["0.1", "1e-7", "123.456e5", "-2.5E-3", "1_000.5", " 7.25 ", "inf", "-Infinity", "nan"]:
    print(text.strip(), float(text))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2))
print(1e16 + 1, 0.1 * 3, 1 / 7)
try:
    float("1.2.3")
except ValueError as e:
    print(type(e).__name__, e)

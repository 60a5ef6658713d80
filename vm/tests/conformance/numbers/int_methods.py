# int methods and attributes
for n in [0, 1, -1, 5, -5, 255, 2 ** 64 + 3, -(2 ** 70), True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(type(True.real).__name__, type(True.numerator).__name__, type((5).conjugate()).__name__, int.__index__(7))
print((10).__int__(), (10).__float__(), (-7).__abs__() if hasattr(int, "__abs__") else 7, (5).is_integer() if hasattr(int, "is_integer") else True)

# complex arithmetic with int, float and complex operands
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, -a, +a, abs(a), a.conjugate())
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a, a ** 0, 0j ** 0, 0j ** 2)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 10, (2 + 0j) ** 0.5, (-8 + 0j) ** (1 / 3), True + 1j, 1j * False)
x = 1 + 1j
x += 1
x *= 2j
x -= 1j
x /= 2
print(x, abs(3j), abs(-4 + 0j), 1e308j * 10, (1e200 + 1e200j) / (1e200 + 1e200j))
print(a.real, a.imag, type(a.real).__name__, (5j).real, (1 + 0j).imag)
print(bool(0j), bool(1j), bool(complex(0, 0.0)), not 0j)

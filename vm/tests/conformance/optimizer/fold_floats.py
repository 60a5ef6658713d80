# Float folding follows Python's rounding and floor semantics.
print(1.5 * 2, 0.1 + 0.2, 1e308 * 10, -1e308 * 10)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-0.0 % 5, 0.0 % -5, 5.0 // float('inf') if False else 5.0 // 3)
print(1 / 3, 2 / 3, 10 / 4, 1 + 0.5, 3 - 0.25)
print(-0.0, 0.0 * -1, -(0.0))
print(1 + 2j, 1 - 2j, 2j * 3, (1 + 2j) * (3 - 1j), -(1 + 1j))

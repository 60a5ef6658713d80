# complex powers: integer exponents multiply exactly, others go through polar form
base = [1 + 1j, -1 + 0j, 2j, 0.5 - 0.5j, 1j]
exps = [0, 1, 2, 3, -1, -2, 0.5, 2.5, 1j, 1 + 1j, 101]
for b in base:
    print(b, [b ** e for e in exps])
print(0j ** 0, 0j ** 1, 0j ** (1 + 0j), (0j) ** 0j, pow(2j, 2), pow(2, 1j))
print((-1) ** 0.5, (-8) ** (1 / 3), (-1.0) ** 1.5)

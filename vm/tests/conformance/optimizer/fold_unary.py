# Unary operators on constants.
print(-5, - 5, -(5), -(-5), +5, +(-5))
print(~0, ~5, ~-1, ~(2 ** 70))
print(not 0, not 1, not '', not 'a', not (), not (1,), not None, not 0.0)
print(-0.0, -(1 + 2j), +2.5)
print(-True, ~True, +False)

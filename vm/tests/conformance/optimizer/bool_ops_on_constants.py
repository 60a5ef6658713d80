# and/or with constant operands keep their value semantics.
print(0 and 1, 1 and 2, 0 or 3, 4 or 5, '' or 'x', 'y' and '')
print(None or (1 + 1), (2 * 0) or 'z', (1 + 1) and (3 * 3))
x = 5
print(x and (1 + 1), 0 or x, (0 * 1) and x)
print([i for i in range(3) if 1 + 1], [i for i in range(3) if 0 * 1])

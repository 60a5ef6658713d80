pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))
rows = [[1, 2], [3], []]
print(list(x for row in rows for x in row))
g = (i for i in range(3))
print(next(g), list(g), list(g))
print(type(g).__name__)

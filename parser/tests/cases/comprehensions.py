[x for x in y]
[x * 2 for x in range(10) if x % 2 if x > 3]
[(x, y) for x in a for y in b]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x for x, in y]
[x for (a, b) in y]
[y := f(x) for x in z]
[x async for x in y]
[[x for x in row] for row in matrix]
[x for x in a if x if not x]
[x for x in lambda_ if x]

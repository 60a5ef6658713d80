x = "outer"
squares = [x for x in range(3)]
print(x, squares)
print({k: v for k, v in zip("ab", (1, 2))})
print({c for c in "aab"} == {"a", "b"})
print([(i, j) for i in range(3) for j in range(i)])
print([y for y in range(10) if y % 2 if y > 3])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row])
print([[r[i] for r in matrix] for i in range(2)])
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

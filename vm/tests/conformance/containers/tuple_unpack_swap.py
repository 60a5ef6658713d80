a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 0
x, (y, z) = 1, [2, 3]
print(x, y, z)
pts = [(1, 2), (3, 4)]
print([x + y for x, y in pts])
t = 1,
print(t, type(t).__name__)
((a,),) = [[5]]
print(a)

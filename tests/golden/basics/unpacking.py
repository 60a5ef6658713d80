# Unpacking assignment: tuples, lists, nested targets, starred targets, swaps.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
print(p, q)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcde"
print(head, middle, tail)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
i = j = 7
print(i, j)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2))

# Chained comparisons evaluate each operand once and stop at the first false link.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
x = 5
print(0 <= x < 10, 0 <= x < 5, x is x, x is not None, None is None)
print(1 == 1.0, 1 != "1", "a" < "b" <= "b")
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, [2]) == (1, [2]))
print(not 1 < 0, not (1 == 1))
print(2 in [1, 2, 3] in [[1, 2, 3]])

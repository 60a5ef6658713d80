# Lists: literals, indexing, the mutating methods, slicing and comparisons.
xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::2])
xs.append(9)
print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.insert(1, 7)
print(xs, xs.index(4), xs.count(1))
xs[0] = 100
print(xs)
xs.extend([2, 6])
xs.remove(1)
print(xs)
xs.sort()
print(xs)
xs.reverse()
print(xs, sorted(xs), sorted(xs, reverse=True))
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, [])
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1, 2] == [1, 2], [1, 2] < [1, 3])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested), nested)
alias = nested
alias.append("x")
print(nested is alias, nested)
copy = list(nested)
copy.append("y")
print(len(nested), len(copy))
squares = []
for i in range(8):
    squares.append(i * i)
print(squares, sum(squares), min(squares), max(squares))
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print(list("abc"), list(range(3)), list((1, 2)))
ys = [5, 6, 7, 8, 9]
ys[1:3] = ["a"]
print(ys)
del ys[0]
print(ys)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

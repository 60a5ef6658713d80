grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
import copy
a = [[1], {"k": [2]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(9)
a[1]["k"].append(8)
print(b, c)
print(a == b, a is b, a[0] is b[0], a[0] is c[0])

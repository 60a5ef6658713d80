# list methods in depth: stable sorts, slice assignment, aliasing, in-place operators.
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25), ("ed", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = list(people)
by_age.sort(key=lambda p: (-p[1], p[0]))
print(by_age)
xs = list(range(10))
xs[::2] = ["e"] * 5
print(xs)
try:
    xs[::3] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
xs[2:5] = []
xs[:0] = ["front"]
xs[len(xs):] = ["back"]
print(xs)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(grid, shared)
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9])
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        right, left = stack.pop(), stack.pop()
        stack.append({"+": left + right, "-": left - right, "*": left * right}[token])
print("rpn result", stack)
print([0] * 0, [None] * 3, list(map(str, [1, 2])), [x for x in [] if x])
items = [5, 3, 5, 1, 5]
while 5 in items:
    items.remove(5)
print(items, items.index(1), items.copy(), len(items * 3))
try:
    items.index(99)
except ValueError as e:
    print("ValueError:", e)

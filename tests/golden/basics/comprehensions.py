# Comprehensions: list, dict, set and nested, with their own scope.
squares = [x * x for x in range(10)]
print(squares)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(4)] for i in range(3)])
print({w: len(w) for w in ["apple", "fig", "banana"]})
print(sorted({x % 4 for x in range(20)}), len({c for c in "mississippi"}))
x = "outer"
print([x for x in "abc"], x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
words = ["Hello", "World", "from", "Krait"]
print([w.lower() for w in words if len(w) > 4], [len(w) for w in words])
funcs = [lambda n, k=k: n * k for k in range(3)]
print([f(10) for f in funcs])
print(sum([i for i in range(101)]), any(x > 8 for x in squares), all(x >= 0 for x in squares))

# lambda: as values, as sort keys, with defaults, and called immediately.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "called")())
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(4))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))

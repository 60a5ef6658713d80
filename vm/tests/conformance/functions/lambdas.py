f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, sorted(kw))
print(f(1))
print(f(1, 5, 6, 7, k=0, z=1))
print((lambda: "no args")())
print(f.__name__)
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-4) + "!")

# eval: expressions against the caller's namespaces or given dicts.
x = 10
print(eval("x + 1"))
print(eval("  x * 2"))
print(eval("\tx - 3"))
print(eval("[i * i for i in range(4)]"))
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("a + b", {"a": 1}, {"b": 5}))
print(eval("len('abc')", {}))
print(eval(b"1 + 1"))
print(eval("(lambda y: y * x)(3)", {"x": 4}))


def inner():
    q = 7
    return eval("q + x")


print(inner())
g = {}
eval("1", g)
print(sorted(g.keys()))
print(eval("__name__"))

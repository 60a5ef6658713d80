def f(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(f(), f(), f({}))
def g(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items
print(g(1), g(2))
f.__defaults__ = ({"n": 100},)
print(f())

def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"))
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6))

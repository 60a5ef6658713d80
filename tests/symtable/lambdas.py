f = lambda x, y=1: x + y
g = lambda *a, **k: (a, k)


def make(n):
    return lambda m: n * m


def defaults(a=lambda: 0, *, b=1):
    return a() + b


h = (lambda: (lambda: f))()

def g():
    it = iter([])
    yield next(it)

try:
    for x in g():
        print(x)
except RuntimeError as e:
    print(type(e).__name__, e)

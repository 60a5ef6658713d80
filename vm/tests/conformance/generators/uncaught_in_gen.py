def g():
    yield 1
    raise ValueError("bad value in generator")

for v in g():
    print(v)

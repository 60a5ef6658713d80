class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

def g():
    with CM():
        yield 1
        yield 2

for v in g():
    print(v)
it = g()
next(it)
it.close()

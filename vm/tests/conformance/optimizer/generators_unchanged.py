# Generators with constant folding and dead code.
def gen():
    yield 2 ** 3
    if 0:
        yield 'never'
    yield -(1 + 1)
    return
    yield 'dead'


def gen2(n):
    while 1:
        if n > 3 * 1:
            return
        yield n
        n += 1


print(list(gen()), list(gen2(0)))

# A generator's repr and errors use its (possibly reassigned) __qualname__.
def gen():
    yield 1


g = gen()
print(repr(g).split(" at ")[0])
g.__qualname__ = "Renamed.gen"
g.__name__ = "other"
print(repr(g).split(" at ")[0], g.__name__)
next(g)


async def coro():
    pass


c = coro()
c.__qualname__ = "X.coro"
print(repr(c).split(" at ")[0])
c.close()

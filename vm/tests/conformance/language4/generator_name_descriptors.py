# Generators, coroutines and async generators have __name__ / __qualname__ as documented
# descriptors of their classes; they are writable with a str only.
import types

for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    d = t.__dict__
    print(t.__name__, d["__name__"].__doc__, "|", d["__qualname__"].__doc__)


def gen():
    yield 1


async def coro():
    pass


g = gen()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, gen.__name__)
for bad in (1, None, b"x"):
    try:
        g.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del g.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
c = coro()
print(c.__name__, c.__qualname__)
c.__qualname__ = "other"
print(c.__qualname__)
c.close()
print(types.GeneratorType.__dict__["__name__"].__get__(gen()))

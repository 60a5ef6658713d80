# Generators, coroutines and async generators list their attributes in dir(), refuse
# assignment to the read-only ones with CPython's message, and carry method docstrings.
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


g, c, a = gen(), coro(), agen()
for obj in (g, c, a):
    print(type(obj).__name__, [s for s in dir(obj) if not s.startswith("_")])

for obj, names in ((g, ["gi_running", "gi_code", "gi_frame", "gi_suspended", "gi_yieldfrom"]),
                   (c, ["cr_running", "cr_await", "cr_origin"]),
                   (a, ["ag_running", "ag_await"])):
    for name in names:
        try:
            setattr(obj, name, 42)
        except AttributeError as e:
            print(type(e).__name__, e)

g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended)
try:
    g.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
print(types.GeneratorType.__name__, types.CoroutineType.__qualname__)
print(next(g), g.gi_suspended, g.gi_frame is not None)

print(g.__next__.__doc__)
print(iter([]).__next__.__doc__)
for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    for name in ("send", "throw", "close", "asend", "athrow", "aclose", "__await__"):
        if name in t.__dict__:
            print(t.__name__, name, repr(t.__dict__[name].__doc__))
c.close()

# Types, names and reprs of coroutines, async generators and their awaitables
# (addresses left out).


async def coro():
    return 1


async def agen():
    yield 1


class K:
    async def method(self):
        pass


def shape(obj):
    r = repr(obj)
    return r[: r.index(" at 0x")] + ">" if " at 0x" in r else r


c = coro()
print(type(c).__name__, shape(c))
w = c.__await__()
print(type(w).__name__, shape(w))
print(iter(w) is w, w.__await__() is w if hasattr(w, "__await__") else "no __await__")
c.close()
g = agen()
print(type(g).__name__, shape(g))
print(g.__aiter__() is g)
n = g.__anext__()
print(type(n).__name__, shape(n))
print(n.__await__() is n, iter(n) is n)
n.close()
t = g.athrow(ValueError)
print(type(t).__name__, shape(t))
t.close()
cl = g.aclose()
print(type(cl).__name__)
cl.close()
m = K().method()
print(shape(m), m.__qualname__, m.__name__)
m.close()
print(type(coro).__name__, shape(coro)[:22])
print(coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
print(coro.__code__.co_flags & 0x20, agen.__code__.co_flags & 0x80)
for obj in (coro, agen):
    x = obj()
    print(hasattr(x, "__await__"), hasattr(x, "__next__"), hasattr(x, "__iter__"), hasattr(x, "__anext__"))
    if hasattr(x, "close"):
        x.close()

import weakref

c = coro()
r = weakref.ref(c)
print("weakref to coroutine:", r() is c)
c.close()
g = agen()
print("weakref to async generator:", weakref.ref(g)() is g)

# `await` on things that are not awaitable, with CPython's messages.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)


async def await_int():
    await 1


async def await_none():
    await None


class NoIter:
    def __await__(self):
        return 5


class ReturnsCoro:
    def __init__(self):
        self.c = target()

    def __await__(self):
        return self.c


async def target():
    return "t"


async def await_noiter():
    await NoIter()


rc = ReturnsCoro()


async def await_returns_coro():
    await rc


run(await_int())
run(await_none())
run(await_noiter())
run(await_returns_coro())
rc.c.close()


class AwaitRaises:
    def __await__(self):
        raise KeyError("inside __await__")


async def await_raises():
    try:
        await AwaitRaises()
    except KeyError as e:
        print("caught", repr(e))
    return "ok"


print(run(await_raises()))


async def agen():
    yield 1


async def await_agen():
    g = agen()
    try:
        await g
    finally:
        print("awaiting an async generator failed")


run(await_agen())


async def plain():
    return "plain"


c = plain()
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)


def gen_yield_from(c):
    yield from c


try:
    list(gen_yield_from(c))
except TypeError as e:
    print("TypeError", e)
print(run(c))


class AwaitGen:
    """__await__ may be a generator function; its return value is the await's value."""

    def __await__(self):
        got = yield "from AwaitGen"
        return got * 2


async def uses_await_gen():
    return await AwaitGen()


c = uses_await_gen()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("await value", e.value)


class IterAwait:
    """__await__ may return any iterator; its end gives None."""

    def __await__(self):
        return iter([1, 2])


async def uses_iter_await():
    return await IterAwait()


c = uses_iter_await()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("iterator await value", e.value)

# types.coroutine makes a generator function awaitable; other callables are wrapped.
import types


@types.coroutine
def sleep0(v):
    got = yield v
    return got * 2


async def user():
    a = await sleep0("first")
    b = await sleep0("second")
    return a + b


c = user()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)

print(bool(sleep0.__code__.co_flags & 0x100), sleep0.__name__, sleep0.__qualname__)


# A coroutine function passes through unchanged.
async def native():
    return 1


print(types.coroutine(native) is native)


# A callable returning a generator is wrapped: the result is awaitable.
class Maker:
    def __call__(self):
        def gen():
            x = yield "wrapped"
            return x
        return gen()


wrapped = types.coroutine(Maker())


async def use_wrapped():
    return await wrapped()


w = use_wrapped()
print(w.send(None))
try:
    w.send("done")
except StopIteration as e:
    print("wrapped result", e.value)

# A plain generator (not decorated) cannot be awaited.
def plain():
    yield


async def bad():
    await plain()


try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__, e)


# Awaiting a decorated generator whose coroutine is already being awaited.
@types.coroutine
def nop():
    yield


async def inner():
    await nop()


async def waiter(coro):
    await coro


co = inner()
co.send(None)
try:
    waiter(co).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
co.close()

# Async generator life cycle: ag_running, reusing awaitables, running generators,
# ignoring GeneratorExit, and the coroutine equivalents.


def step(aw, value=None):
    try:
        return ("yield", aw.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))


class Pause:
    def __await__(self):
        yield "paused"


async def slow():
    await Pause()
    yield "first"
    await Pause()
    yield "second"


g = slow()
print(g.ag_running, g.ag_await)
a1 = g.__anext__()
print(step(a1))
print(g.ag_running, type(g.ag_await).__name__)
a2 = g.__anext__()
print("second anext while running:", step(a2))
print(step(a1))
print(g.ag_running)
print("reuse:", step(a1))
print(step(g.asend(None)))
print(step(g.asend(None)))
print(step(g.__anext__()))
print(step(g.__anext__()))

g = slow()
a = g.__anext__()
print(step(a))
print("aclose while running:", step(g.aclose()))
print("athrow while running:", step(g.athrow(ValueError)))
print(step(a))
c = g.aclose()
print(step(c))
print("aclose reuse:", step(c))


async def stubborn():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            pass


g = stubborn()
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.__anext__()))


async def stubborn_coro():
    for _ in range(2):
        try:
            await Pause()
        except GeneratorExit:
            pass


c = stubborn_coro()
print(step(c))
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)


async def reenter():
    return step(me)


me = reenter()
print(step(me))

async def awaiter():
    return await shared


async def target():
    await Pause()
    return "shared result"


shared = target()
x = awaiter()
print(step(x))
y = awaiter()
print("second awaiter:", step(y))
print(step(x))

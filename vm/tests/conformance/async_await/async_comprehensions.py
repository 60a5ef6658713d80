# Asynchronous comprehensions: list / set / dict forms, async generator expressions,
# `await` inside comprehensions, nesting.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Yield:
    def __await__(self):
        yield


async def agen(n):
    for i in range(n):
        await Yield()
        yield i


async def double(x):
    await Yield()
    return x * 2


async def main():
    print([x async for x in agen(4)])
    print(sorted({x % 2 async for x in agen(5)}))
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3) if await double(x) > 0])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    print([[y async for y in agen(x)] for x in range(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__, [v async for v in g2])
    return "ok"


print(run(main()))


def sync_context():
    # An async generator expression may be made outside a coroutine.
    return (x async for x in agen(2))


g = sync_context()
print(type(g).__name__)


async def consume(g):
    return [x async for x in g]


print(run(consume(g)))

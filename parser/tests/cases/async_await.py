async def f():
    await x
    await f(1)
    x = await y
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [x async for x in y]

async def g(a, *b):
    yield a
    await asyncio.sleep(1)

@decorator
async def h(): pass

result = await something()
await (x)
-await x
await x ** 2

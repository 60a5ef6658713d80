async def f():
    [x async for x in y]
    {x async for x in y}
    {x: y async for x, y in z}
    (x async for x in y)
    [x async for x in y if x async for z in x]
    [x for x in y async for z in x]
    [await x for x in y]
    [x for x in await y]
    [x async for x in y if await x]
    async for x in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    await x
    await (await x)
    return [await x async for x in y]
def g():
    return (x async for x in y)

import sys


def gen():
    yield 1
    x = yield from range(3)
    return x


async def coro(session):
    async with session as s:
        async for item in s:
            await item
    return [i async for i in session]


def handler():
    try:
        pass
    except Exception as e:
        print(e)
    with open("f") as (a, b):
        pass
    for i, *rest in []:
        pass
    match sys.argv:
        case [first, *others] if first:
            return others
        case {"k": v, **kw}:
            return v, kw
        case str() as s:
            return s

# Driving async generators and coroutines from plain synchronous code with a helper that
# steps awaitables by hand, including async generators that return early.


def resolve(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value


def to_list(agen):
    out = []
    while True:
        try:
            out.append(resolve(agen.__anext__()))
        except StopAsyncIteration:
            return out


class Pause:
    def __await__(self):
        yield


async def limited(values, stop_at):
    for v in values:
        if v == stop_at:
            return
        await Pause()
        yield v


async def pairs():
    async for a in limited("abc", "z"):
        async for b in limited(range(5), 2):
            yield a, b


print(to_list(limited([1, 2, 3, 4], 3)))
print(to_list(pairs()))


async def total(n):
    s = 0
    async for v in limited(range(n), None):
        s += v
    return s


print(resolve(total(10)))

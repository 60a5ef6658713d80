# Coroutine functions as methods, static/class methods, decorated coroutines, async
# generator methods, and coroutine functions stored and called later.
import functools


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args[1:], kwargs)
        result = await fn(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


class Service:
    factor = 3

    def __init__(self, base):
        self.base = base

    @logged
    async def compute(self, x, *, extra=0):
        await Pause()
        return self.base + x * self.factor + extra

    @staticmethod
    async def static(x):
        await Pause()
        return -x

    @classmethod
    async def klass(cls, x):
        return cls.factor * x

    async def items(self, n):
        for i in range(n):
            await Pause()
            yield self.base + i


async def main():
    s = Service(10)
    print(await s.compute(2, extra=1))
    print(await Service.static(4), await s.static(5))
    print(await Service.klass(2))
    print([x async for x in s.items(3)])
    table = {"a": Service.static, "b": s.compute}
    print(await table["a"](1))
    print(Service.compute.__name__, Service.compute.__wrapped__.__name__)
    return "ok"


print(run(main()))

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

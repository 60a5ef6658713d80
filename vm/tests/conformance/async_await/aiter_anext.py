# The aiter() and anext() builtins, with and without a default.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"


class Pause:
    def __await__(self):
        yield


async def agen():
    await Pause()
    yield "a"
    yield "b"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = agen()
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Countdown(2))
    print(await anext(c), await anext(c), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("countdown exhausted")
    return "done"


print(run(main()))


class NotAsync:
    def __aiter__(self):
        return 1


async def errors():
    for call in (lambda: aiter(5), lambda: aiter(NotAsync()), lambda: anext(5), lambda: anext([1], 2)):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)


run(errors())

# An exception escaping a chain of awaits reaches the code driving the outermost
# coroutine; left uncaught, its traceback runs through every coroutine frame.


class Step:
    def __await__(self):
        yield "step"


async def leaf(n):
    await Step()
    return 10 // n


async def middle(n):
    value = await leaf(n)
    return value + 1


async def top():
    a = await middle(5)
    b = await middle(0)
    return a + b


def run(coro):
    while True:
        coro.send(None)


run(top())

# An exception raised by an async generator's body while `async for` consumes it, left
# uncaught: the traceback runs through the consumer and the generator.


class Pause:
    def __await__(self):
        yield


async def numbers():
    for i in range(3):
        await Pause()
        yield 10 // (2 - i)


async def consume():
    total = 0
    async for x in numbers():
        total += x
        print("got", x)
    return total


coro = consume()
while True:
    coro.send(None)

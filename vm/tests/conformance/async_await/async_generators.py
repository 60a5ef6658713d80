# Async generators driven by hand: __anext__, asend, athrow, aclose and their results.


def drive(awaitable):
    """Runs one awaitable to completion, printing what it passes through."""
    try:
        while True:
            print("  passes", awaitable.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))


class Ping:
    def __await__(self):
        got = yield "ping"
        return got


async def counter():
    try:
        x = 0
        while True:
            await Ping()
            sent = yield x
            print("  got", sent)
            x += 1 if sent is None else sent
    except ValueError as e:
        print("  counter caught", e)
        yield -1
    finally:
        print("  counter finally")


g = counter()
print(type(g).__name__, g.__name__, g.__qualname__)
print(drive(g.__anext__()))
print(drive(g.asend(5)))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(g.aclose()))


async def short():
    yield 1


g = short()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.athrow(KeyError("late"))))


async def raiser():
    yield 1
    raise KeyError("inside")


g = raiser()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))

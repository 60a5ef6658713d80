# StopIteration escaping a coroutine, and StopIteration / StopAsyncIteration escaping an
# async generator, become RuntimeError (PEP 479), chained from the original.


def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        cause = e.__cause__
        return ("error", type(e).__name__, str(e), type(cause).__name__ if cause else None)


async def coro_raises_stop():
    raise StopIteration(5)


async def agen_raises_stop():
    yield 1
    raise StopIteration


async def agen_raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def agen_returns():
    yield 1
    return


print(run(coro_raises_stop()))
for make in (agen_raises_stop, agen_raises_stop_async, agen_returns):
    g = make()
    print(make.__name__, run(g.__anext__()), run(g.__anext__()), run(g.__anext__()))


async def catches():
    try:
        await coro_raises_stop()
    except RuntimeError as e:
        return f"caught {e}"


print(run(catches()))

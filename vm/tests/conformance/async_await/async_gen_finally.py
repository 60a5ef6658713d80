# An async generator's finally block may await while aclose() runs; values awaited there
# pass through the aclose() awaitable. asend() rules for a fresh generator.


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


def drive(aw, label):
    try:
        while True:
            print(label, "passes", aw.send(None))
    except StopIteration as e:
        print(label, "value", e.value)
    except StopAsyncIteration:
        print(label, "StopAsyncIteration")
    except Exception as e:
        print(label, "error", type(e).__name__, e)


async def resource():
    print("open")
    try:
        yield "r1"
        yield "r2"
    finally:
        await Pause("cleanup-await")
        print("closed")


g = resource()
drive(g.__anext__(), "anext")
drive(g.aclose(), "aclose")
drive(g.__anext__(), "after")

g = resource()
try:
    g.asend("not none").send(None)
except TypeError as e:
    print("TypeError", e)
drive(g.aclose(), "aclose fresh")


async def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
    yield 2
    await Pause("after-2")
    yield 3


g = catcher()
drive(g.__anext__(), "anext")
drive(g.athrow(ValueError("thrown")), "athrow")
drive(g.__anext__(), "anext")
drive(g.athrow(KeyError("unhandled")), "athrow")
drive(g.__anext__(), "anext")

# Exceptions and coroutines: chaining across awaits, each coroutine's own "exception being
# handled" across suspensions, raise inside except blocks of async code.
import sys


class Pause:
    def __await__(self):
        yield


def drive(*coros):
    # Interleave the coroutines until all finish.
    pending = list(coros)
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration:
                pending.remove(c)


async def handler(name):
    try:
        raise ValueError(name)
    except ValueError:
        await Pause()
        # Still handling our own exception after other coroutines ran.
        print(name, "handling", repr(sys.exc_info()[1]))
    print(name, "after", sys.exc_info()[1])


drive(handler("a"), handler("b"))


async def fails():
    await Pause()
    raise KeyError("inner")


async def wraps():
    try:
        await fails()
    except KeyError as e:
        raise RuntimeError("outer") from e


async def implicit():
    try:
        await fails()
    except KeyError:
        raise TypeError("during handling")


for make in (wraps, implicit):
    c = make()
    try:
        while True:
            c.send(None)
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))

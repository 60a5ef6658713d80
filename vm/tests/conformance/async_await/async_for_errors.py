# `async for` with objects that do not implement the protocol.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)


class NotAIter:
    def __aiter__(self):
        return 1


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


class NoAnext:
    def __aiter__(self):
        return self


class RaisingAnext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from __anext__")


async def over(obj):
    async for x in obj:
        print("item", x)


run(over(5))
run(over([1, 2]))
run(over(NotAIter()))
run(over(BadAnext()))
run(over(NoAnext()))
run(over(RaisingAnext()))

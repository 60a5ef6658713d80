# `async with`: __aenter__ / __aexit__ awaited, exceptions suppressed when __aexit__
# returns a true value, early exits through return / break / continue.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print("escaped:", type(e).__name__, e)


class Yield:
    def __await__(self):
        yield


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Yield()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await Yield()
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.suppress


async def basic():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b"), Manager("c") as c:
        print("two", c)
    return "basic done"


async def suppressed():
    async with Manager("s", suppress=True):
        raise ValueError("hidden")
    print("after suppressed")


async def propagated():
    async with Manager("p"):
        raise KeyError("shown")


async def early():
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned"


print(run(basic()))
run(suppressed())
run(propagated())
print(run(early()))

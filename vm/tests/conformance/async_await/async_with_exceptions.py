# What __aexit__ sees: the exception type and value from the body; nested managers exit in
# reverse order; a failing __aenter__ skips __aexit__; the body may await before raising.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        print("escaped:", type(e).__name__, e)


class Pause:
    def __await__(self):
        yield


class Recorder:
    def __init__(self, name, suppress=(), fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    async def __aenter__(self):
        await Pause()
        if self.fail_enter:
            raise OSError(f"{self.name} cannot enter")
        print("enter", self.name)
        return self

    async def __aexit__(self, typ, value, tb):
        await Pause()
        print("exit", self.name, typ.__name__ if typ else None, repr(value))
        return typ is not None and issubclass(typ, self.suppress)


async def nested():
    async with Recorder("outer", suppress=(KeyError,)):
        async with Recorder("inner", suppress=(ValueError,)):
            await Pause()
            raise KeyError("from body")
        print("not reached")
    print("after outer")


async def enter_fails():
    async with Recorder("ok"), Recorder("bad", fail_enter=True):
        print("body not run")


async def suppress_then_continue():
    results = []
    for exc in (ValueError("v"), TypeError("t"), None):
        try:
            async with Recorder("loop", suppress=(ValueError,)):
                if exc:
                    raise exc
                results.append("clean")
            results.append("after with")
        except TypeError as e:
            results.append(f"caught {e}")
    return results


async def in_async_gen():
    async with Recorder("gen"):
        yield 1
        yield 2


async def use_gen():
    out = []
    async for x in in_async_gen():
        out.append(x)
    return out


run(nested())
run(enter_fails())
print(run(suppress_then_continue()))
print(run(use_gen()))


async def base_exception():
    async with Recorder("base"):
        raise SystemExit(3)


run(base_exception())

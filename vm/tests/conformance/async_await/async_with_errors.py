# `async with` on objects that are not asynchronous context managers.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(type(e).__name__, e)


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class OnlyEnter:
    async def __aenter__(self):
        return 1


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        raise RuntimeError(f"exit saw {typ.__name__ if typ else None}")


async def use(mgr, fail=False):
    async with mgr:
        if fail:
            raise ValueError("body")
        print("body ran")


run(use(Sync()))
run(use(OnlyEnter()))
run(use(EnterNotAwaitable()))
run(use(ExitNotAwaitable()))
run(use(ExitRaises()))
run(use(ExitRaises(), fail=True))

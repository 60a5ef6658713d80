# The TypeError for an object that is not a context manager names a missing __exit__.
class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *args):
        pass


for cls in (OnlyEnter, OnlyExit, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print(type(e).__name__, e)


async def use(cm):
    async with cm():
        pass


class OnlyAenter:
    async def __aenter__(self):
        return self


class OnlyAexit:
    async def __aexit__(self, *args):
        pass


for cls in (OnlyAenter, OnlyAexit, int):
    try:
        use(cls).send(None)
    except TypeError as e:
        print(type(e).__name__, e)

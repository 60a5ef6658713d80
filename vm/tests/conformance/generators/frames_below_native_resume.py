# Frame objects made, inside a generator resumed by native code, for the frames below it
# (traceback.extract_stack, f_back) stay valid after it yields.
import gc
import sys
import traceback
import types


def walker():
    while True:
        frames = []
        f = sys._getframe()
        while f is not None:
            frames.append(f.f_code.co_name)
            f = f.f_back
        yield frames


def caller(g):
    return next(g)


def deep(n, g):
    if n:
        return deep(n - 1, g)
    return caller(g)


w = walker()
for _ in range(3):
    names = deep(3, w)
    gc.collect()
    print(names)
    print([fr.f_code.co_name for fr in [sys._getframe()]])


@types.coroutine
def c():
    try:
        yield len(traceback.extract_stack())
    except ZeroDivisionError:
        yield len(traceback.extract_stack())


async def b():
    return await c()


async def a():
    return await b()


def run():
    coro = a()
    first = coro.send(None)
    gc.collect()
    second = coro.throw(ZeroDivisionError)
    gc.collect()
    stack = traceback.extract_stack()
    print(first > 0, second > 0, [s.name for s in stack][-1])
    coro.close()


for _ in range(3):
    run()

# Deep chains of awaits run without growing the native stack; past the recursion limit
# they raise RecursionError like plain calls.
import sys


class Pause:
    def __await__(self):
        yield "bottom"


async def chain(n):
    if n == 0:
        await Pause()
        return 0
    return 1 + await chain(n - 1)


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


print(run(chain(300)))


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print(run(fib(15)))

sys.setrecursionlimit(200)
c = chain(1000)
try:
    run(c)
except RecursionError:
    print("RecursionError")
c.close()


async def agen_chain(n):
    for i in range(n):
        yield i


async def sum_all():
    total = 0
    async for x in agen_chain(2000):
        total += x
    return total


print(run(sum_all()))

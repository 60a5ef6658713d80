# `async for` over a hand-written asynchronous iterator and over an async generator.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    out = []
    async for x in Ticker(3):
        out.append(x)
    print("ticker", out)
    out = []
    async for x in numbers(4):
        if x == 1:
            continue
        out.append(x)
    else:
        print("else ran")
    print("agen", out)
    async for x in numbers(10):
        if x == 2:
            break
    else:
        print("not printed")
    print("broke at", x)
    async for a in Ticker(2):
        async for b in numbers(2):
            print("pair", a, b)
    return "done"


print(run(main()))


async def early_return():
    async for x in numbers(5):
        if x == 3:
            return x * 100
    return None


print(run(early_return()))

# `await` in all sorts of expression positions, in methods, closures and nested
# coroutine functions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield
        return self.v


async def add(a, b):
    return await Value(a) + await Value(b)


class Account:
    def __init__(self):
        self.balance = 0

    async def deposit(self, n):
        self.balance += await Value(n)
        return self

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class Savings(Account):
    async def deposit(self, n):
        await super().deposit(n * 2)
        return self


async def main():
    print(await add(1, 2))
    print([await Value(i) for i in range(3)])
    print(f"{await Value('f-string')}!")
    print(await Value(3) * await Value(4), -await Value(5))
    print(await Value(True) and await Value("both"))
    print((await Value([1, 2, 3]))[1])
    print(max(await Value(1), await Value(7), await Value(3)))
    x = {"k": await Value("v")}
    print(x)
    acc = await Account().deposit(5)
    print(acc.balance)
    s = await (await Savings().deposit(1)).deposit(2)
    print(s.balance)
    async with Account() as a:
        await a.deposit(9)
    print(a.balance)

    def make_adder(n):
        async def adder(m):
            return n + await Value(m)

        return adder

    print(await make_adder(10)(5))
    counter = 0

    async def bump():
        nonlocal counter
        counter += await Value(1)

    for _ in range(3):
        await bump()
    print("counter", counter)
    if await Value(0):
        print("not here")
    elif await Value(1):
        print("elif taken")
    while (n := await Value(counter)) > 0:
        counter -= 1
    print("loop ended at", n)
    try:
        await Value(1 / 0)
    except ZeroDivisionError as e:
        print("caught", e)
    return "end"


print(run(main()))

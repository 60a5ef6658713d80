# send / throw / close on coroutine objects, and their attributes.


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def echo():
    total = []
    while True:
        try:
            v = await Suspend()
        except ValueError as e:
            total.append(f"caught {e}")
            continue
        if v is None:
            return total
        total.append(v)


c = echo()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_code.co_name, c.cr_running)
print(c.send(None))
print(c.send("a"))
print(type(c.cr_await).__name__)
print(c.throw(ValueError("x")))
print(c.throw(ValueError, ValueError("y")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_await, c.cr_running)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(KeyError)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.close())


async def noisy():
    try:
        await Suspend()
    finally:
        print("cleanup ran")


c = noisy()
c.send(None)
print("close ->", c.close())
print("close again ->", c.close())

c = noisy()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

c = noisy()
try:
    c.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


class Outer:
    def method(self):
        async def inner():
            return 1

        return inner


c = Outer().method()()
print(c.__qualname__)
c.close()

# throw() and close() on an outer coroutine reach the innermost awaitable first,
# through every await in between, as they do through `yield from`.


class Point:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        try:
            return (yield self.tag)
        except KeyError as e:
            print("awaitable caught", repr(e))
            return "recovered"


async def inner():
    try:
        r = await Point("inner")
        print("inner got", r)
        r = await Point("inner2")
        return r
    except ValueError as e:
        print("inner caught", e)
        await Point("after-catch")
        return "inner-done"
    finally:
        print("inner finally")


async def outer():
    r = await inner()
    print("outer got", r)
    return "outer-done"


c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
print(c.throw(KeyError("k")))
print(c.throw(ValueError("v")))
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)

c = outer()
c.send(None)
print("close", c.close())


def gen_inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "gen caught"
    finally:
        print("gen_inner finally")


def gen_outer():
    r = yield from gen_inner()
    print("gen_outer got", r)


g = gen_outer()
print(next(g))
print(g.throw(ValueError))
g.close()


class Closer:
    def __init__(self):
        self.closed = False

    def __iter__(self):
        return self

    def __next__(self):
        return "item"

    def close(self):
        print("Closer.close called")


def delegating():
    yield from Closer()


g = delegating()
print(next(g))
g.close()

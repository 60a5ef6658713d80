# Cancelling a task by throwing an exception into the outermost coroutine: it reaches the
# innermost await, and every level's finally block runs on the way out.


class Cancelled(Exception):
    pass


class Wait:
    def __await__(self):
        yield "waiting"


async def level3():
    try:
        await Wait()
        print("level3 resumed (not expected)")
    finally:
        print("level3 cleanup")


async def level2():
    try:
        await level3()
    finally:
        print("level2 cleanup")


async def level1():
    try:
        await level2()
    except Cancelled as e:
        print("level1 saw", repr(e))
        return "cancelled cleanly"


c = level1()
print(c.send(None))
try:
    c.throw(Cancelled("stop"))
except StopIteration as e:
    print("result:", e.value)


async def shielded():
    try:
        await Wait()
    except Cancelled:
        print("ignoring the first cancel")
        await Wait()
        return "survived"


c = shielded()
c.send(None)
print(c.throw(Cancelled()))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)

c = level2()
c.send(None)
try:
    c.throw(Cancelled, Cancelled("typed"))
except Cancelled as e:
    print("propagated:", e)
print(c.cr_frame, c.cr_await)

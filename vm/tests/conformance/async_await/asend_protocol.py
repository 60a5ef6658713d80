# Two-way communication with an async generator through asend(): a running average.


class Tick:
    def __await__(self):
        yield "tick"


async def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        await Tick()
        if value is None:
            break
        total += value
        count += 1
        average = total / count


def drive(aw):
    ticks = 0
    try:
        while True:
            aw.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
    except StopAsyncIteration:
        return "StopAsyncIteration", ticks


g = averager()
print(drive(g.asend(None)))
for v in (10, 20, 60):
    print(drive(g.asend(v)))
print(drive(g.asend(None)))
print(drive(g.asend(1)))

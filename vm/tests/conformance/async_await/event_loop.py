# A tiny hand-written event loop: a round-robin scheduler driving several coroutines by
# `send(None)`, with a custom awaitable that yields control back to it.


class Yield:
    """Awaiting this hands control back to the scheduler once."""

    def __await__(self):
        yield "tick"


class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield "sleep"
        return self.n


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, coro, name):
        self.ready.append((coro, name))

    def run(self):
        results = {}
        steps = 0
        while self.ready:
            coro, name = self.ready.pop(0)
            steps += 1
            try:
                signal = coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                self.log.append(f"{name} done -> {e.value!r}")
            except Exception as e:
                self.log.append(f"{name} failed: {type(e).__name__}: {e}")
            else:
                self.log.append(f"{name} yielded {signal}")
                self.ready.append((coro, name))
        return results, steps


async def worker(name, n):
    total = 0
    for i in range(n):
        await Yield()
        total += i
    return f"{name}:{total}"


async def sleeper():
    got = await Sleep(2)
    return got * 10


async def nested(depth):
    if depth == 0:
        await Yield()
        return 0
    return 1 + await nested(depth - 1)


async def failing():
    await Yield()
    raise ValueError("boom")


sched = Scheduler()
sched.spawn(worker("a", 3), "a")
sched.spawn(worker("b", 1), "b")
sched.spawn(sleeper(), "s")
sched.spawn(nested(5), "n")
sched.spawn(failing(), "f")
results, steps = sched.run()
for line in sched.log:
    print(line)
print(sorted(results.items()))
print("steps", steps)

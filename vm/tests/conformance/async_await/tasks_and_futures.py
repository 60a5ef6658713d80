# A small event loop with futures and tasks: tasks await futures that other tasks resolve,
# a gather-like helper, and a producer/consumer queue.


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.ready = []
        self.log = []

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def create_task(self, coro, name):
        task = Task(self, coro, name)
        self.call_soon(task.step)
        return task

    def run_until_idle(self):
        while self.ready:
            fn, args = self.ready.pop(0)
            fn(*args)


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop = loop
        self.coro = coro
        self.name = name

    def step(self, value=None):
        try:
            fut = self.coro.send(value)
        except StopIteration as e:
            self.loop.log.append(f"{self.name} finished")
            self.set_result(e.value)
            return
        fut.callbacks.append(lambda f: self.loop.call_soon(self.step, f.result))


class Queue:
    def __init__(self):
        self.items = []
        self.waiters = []

    def put(self, item):
        if self.waiters:
            self.waiters.pop(0).set_result(item)
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.pop(0)
        fut = Future()
        self.waiters.append(fut)
        return await fut


async def gather(loop, *coros):
    tasks = [loop.create_task(c, f"g{i}") for i, c in enumerate(coros)]
    return [await t for t in tasks]


async def square(x, gate):
    await gate
    return x * x


async def producer(q, n, gate):
    for i in range(n):
        q.put(i)
        await gate
    q.put(None)


async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
    return got


loop = Loop()
gate = Future()
main = loop.create_task(gather(loop, square(2, gate), square(3, gate), square(4, gate)), "main")
loop.run_until_idle()
print("before gate:", main.done, loop.log)
gate.set_result("open")
loop.run_until_idle()
print("after gate:", main.done, main.result, loop.log)

loop = Loop()
q = Queue()
tick = Future()
c = loop.create_task(consumer(q), "consumer")
p = loop.create_task(producer(q, 3, tick), "producer")
loop.run_until_idle()
tick.set_result(None)
loop.run_until_idle()
print(c.result, p.done, loop.log)

# cr_frame / ag_frame / gi_frame: the suspended frame's code, line and locals; None once
# finished.


class Pause:
    def __await__(self):
        yield


async def work(a, b=2):
    total = a + b
    await Pause()
    doubled = total * 2
    await Pause()
    return doubled


c = work(1)
f = c.cr_frame
print(type(f).__name__, f.f_code is c.cr_code, f.f_code.co_name)
print("created at line", f.f_lineno, sorted(f.f_locals.items()))
c.send(None)
print("line", c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals.items()))
c.send(None)
print("line", c.cr_frame.f_lineno, sorted(c.cr_frame.f_locals.items()))
print(c.cr_frame.f_back, c.cr_frame.f_globals is globals())
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_running)


async def agen():
    x = "first"
    yield x
    x = "second"
    yield x


g = agen()
print(type(g.ag_frame).__name__, g.ag_code.co_name)
g.__anext__().send(None) if False else None
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value, g.ag_frame.f_lineno, g.ag_frame.f_locals)


def gen():
    y = 1
    yield y


it = gen()
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals, it.gi_running, it.gi_code.co_name)
list(it)
print(it.gi_frame, it.gi_yieldfrom)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted", g.ag_frame)

def gen():
    x = 1
    yield x
    y = 2
    yield y

g = gen()
print(g.gi_frame is not None, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
for _ in g:
    pass
print(g.gi_frame)

async def coro():
    return 1

c = coro()
print(c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(c.cr_frame)

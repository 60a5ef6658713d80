# A value thrown into a generator suspended in `yield from` / `await` reaches the
# innermost frame with the whole chain linked below it (f_back, stack summaries, locals).
import sys, traceback, types

def names(frame):
    out = []
    while frame is not None and frame.f_code.co_name != "<module>":
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out

def f():
    x = 10
    print("f start", names(sys._getframe()))
    try:
        yield 1
    except RuntimeError as e:
        print("f caught", repr(e), names(sys._getframe()))
        fr = sys._getframe().f_back
        print("caller locals", sorted(fr.f_locals), fr.f_lineno)
    yield 2

def g():
    y = 20
    r = yield from f()
    print("g after", names(sys._getframe()))
    yield 3

def h():
    yield from g()

gen = h()
print(gen.send(None))
print(gen.throw(RuntimeError("boom")))
print(next(gen))
print(gen.gi_frame.f_locals if gen.gi_frame else None)

async def a():
    return await b()

async def b():
    return await c()

@types.coroutine
def c():
    try:
        yield len(traceback.extract_stack())
    except ZeroDivisionError:
        yield len(traceback.extract_stack())

coro = a()
print(coro.send(None) == coro.throw(ZeroDivisionError))
coro.close()

# An exception escaping the inner generator through the chain.
def inner():
    yield 1
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"
o = outer()
next(o)
print(o.throw(KeyError("k")))
def outer2():
    yield from inner()
o2 = outer2()
next(o2)
try:
    o2.throw(ValueError("v"))
except ValueError as e:
    tb = e.__traceback__
    n = []
    while tb:
        n.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("escaped", repr(e), n)

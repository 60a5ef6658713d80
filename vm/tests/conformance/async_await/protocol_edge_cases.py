def step(aw, value=None, exc=None):
    try:
        if exc is not None:
            return ("yield", aw.throw(exc))
        return ("yield", aw.send(value))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))

class P:
    def __await__(self):
        x = yield "p"
        return x

async def ag():
    try:
        v = await P()
        yield v
        yield 2
    finally:
        print("ag finally")

g = ag()
print(step(g.athrow(ValueError("fresh"))))
print(step(g.__anext__()))
g = ag()
a = g.__anext__()
print(step(a, exc=KeyError("into asend before start")))
print(step(a))
g = ag()
a = g.asend(None)
print(step(a))
print(step(a, "sent-through"))
print(step(a))
t = g.athrow(TypeError("t"))
print(step(t))
print(step(t))
print(step(g.aclose()))
g = ag()
c = g.aclose()
print(step(c, exc=ValueError("throw into aclose")))
print(step(c))

async def co():
    return await P()
c = co()
w = c.__await__()
print(step(w))
print(step(w, exc=ValueError("w")))
print(step(w))
print(w.close())
c = co()
w = c.__await__()
print(step(w))
print(step(w, 42))
c = co()
print(c.close(), step(c))
async def twice():
    x = co()
    a = await x
    return a
t = twice()
print(step(t), step(t, 5), step(t))

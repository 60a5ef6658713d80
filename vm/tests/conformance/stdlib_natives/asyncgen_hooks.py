# sys.set_asyncgen_hooks: firstiter sees each async generator at its first __anext__/asend/
# athrow/aclose; the finalizer in force then is called, instead of closing it, when an
# unfinished one is collected. And the errors, get_asyncgen_hooks, sys.is_finalizing.
import gc
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)
print(sys.is_finalizing())

seen = []
finalized = []


async def agen(label):
    try:
        yield label + "-1"
        yield label + "-2"
    finally:
        seen.append("finally " + label)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


async def take_one(g):
    return await g.__anext__()


async def iterate_all(g):
    return [x async for x in g]

sys.set_asyncgen_hooks(firstiter=lambda g: seen.append("first " + g.__name__),
                       finalizer=lambda g: finalized.append(g.__name__))
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is not None, hooks.finalizer is not None, len(hooks))

g1 = agen("a")
print("made, no hook yet:", seen)
print(run(take_one(g1)), seen)
print(run(take_one(g1)), seen)
# Left unfinished: collecting it calls the finalizer, which does not close it.
del g1
gc.collect()
print("finalized:", finalized, seen)

g2 = agen("b")
print(run(iterate_all(g2)), seen)
del g2
gc.collect()
print("a finished one is not handed to the finalizer:", finalized)

# Hooks are taken at first use: a generator first used after the hooks are removed gets none.
g3 = agen("c")
sys.set_asyncgen_hooks(None, None)
print(run(take_one(g3)), seen[-1])
print(sys.get_asyncgen_hooks())

# One argument given leaves the other as it was.
sys.set_asyncgen_hooks(finalizer=print)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().finalizer is print)
sys.set_asyncgen_hooks(None, None)

for args, kwargs in (((1,), {}), ((None, 2), {}), ((), {"firstiter": "x"}), ((None, None, None), {}),
                     ((), {"other": None})):
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)

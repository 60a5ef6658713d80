# A coroutine collected before it was awaited warns "was never awaited"; the warning
# goes through warnings (filters apply) and failures go to sys.unraisablehook.
import gc
import sys
import warnings


async def never():
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    never()
    gc.collect()
print([(w.category.__name__, str(w.message)) for w in caught])

# A started and finished coroutine does not warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = never()
    try:
        c.send(None)
    except StopIteration:
        pass
    del c
    gc.collect()
print(len(caught))

# A closed coroutine does not warn either.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = never()
    c.close()
    del c
    gc.collect()
print(len(caught))

# With an "error" filter the warning becomes an exception, reported as unraisable.
seen = []
sys.unraisablehook = seen.append
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    never()
    gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(len(seen) >= 1, seen[0].exc_type.__name__, str(seen[0].exc_value))
print(seen[0].object.__qualname__, seen[0].err_msg)


# frame.clear() on a coroutine that never started finalizes it: the warning too.
async def f():
    pass


g = f()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g.cr_frame.clear()
print([str(w.message) for w in caught])
g.close()

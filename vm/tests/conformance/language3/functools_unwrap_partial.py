# functools._unwrap_partial (used by inspect) looks through partial layers.
import functools

async def coro(a, b):
    return a + b

def plain(a, b):
    return a + b

p = functools.partial(functools.partial(coro, 1), 2)
print(functools._unwrap_partial(p) is coro)
print(functools._unwrap_partial(plain) is plain)
print(functools._unwrap_partial(functools.partial(plain, 1)) is plain)
print(functools._unwrap_partial(None))

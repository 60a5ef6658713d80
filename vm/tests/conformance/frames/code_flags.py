CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 16, 32, 128, 512

def plain(a): return a
def varargs(*a, **k): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
def outer():
    x = 1
    def inner(): return x
    return inner

for fn in [plain, varargs, gen, coro, agen, outer, outer()]:
    f = fn.__code__.co_flags
    print(fn.__name__,
          bool(f & CO_OPTIMIZED), bool(f & CO_NEWLOCALS),
          bool(f & CO_VARARGS), bool(f & CO_VARKEYWORDS),
          bool(f & CO_NESTED), bool(f & CO_GENERATOR),
          bool(f & CO_COROUTINE), bool(f & CO_ASYNC_GENERATOR))
